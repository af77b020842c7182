package com.chaindesk.sla.clock;

import java.time.Duration;
import java.time.Instant;

import com.chaindesk.config.Settings;
import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.StoreRef;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.sla.BusinessCalendar;
import com.chaindesk.sla.BusinessCalendars;
import com.chaindesk.sla.SlaPolicyChoice;
import com.chaindesk.sla.SlaRule;
import com.chaindesk.sla.SlaSettings;
import com.chaindesk.ticket.Priority;
import com.chaindesk.ticket.TicketSla;
import com.chaindesk.ticket.TicketSlaForecast;
import org.springframework.stereotype.Component;

/**
 * The targets a ticket's response and resolution clocks run on: the store's policy and calendar. One place, so the
 * forecast a reporter sees on opening and the clocks started a moment later always agree.
 */
@Component
class ClockTargets implements TicketSlaForecast {

	private final BusinessCalendars calendars;
	private final Settings settings;
	private final OrgDirectory org;

	ClockTargets(BusinessCalendars calendars, Settings settings, OrgDirectory org) {
		this.calendars = calendars;
		this.settings = settings;
		this.org = org;
	}

	Targets of(long storeId, long regionId, Priority priority, String category, Instant openedAt) {
		StoreRef store = org.store(storeId).orElseThrow();
		SlaRule rule = SlaPolicyChoice.choose(settings.effective(SlaSettings.POLICIES, OrgScope.store(storeId, regionId)),
				priority, category, store.sizeClass());
		BusinessCalendar calendar = calendars.forStore(storeId);
		// A store without any opening hours ahead (not set up yet) would never come due: count it around the clock.
		boolean alwaysOn = rule.alwaysOn() || calendar.nextBusinessStart(openedAt).isEmpty();
		return new Targets(rule, alwaysOn ? calendars.alwaysOn(storeId) : calendar, alwaysOn);
	}

	@Override
	public TicketSla forecast(long storeId, long regionId, Priority priority, String category, Instant openedAt) {
		Targets targets = of(storeId, regionId, priority, category, openedAt);
		Instant response = targets.calendar().addBusinessTime(openedAt, Duration.ofMinutes(targets.rule().responseMinutes()));
		Instant resolution = targets.calendar().addBusinessTime(openedAt,
				Duration.ofMinutes(targets.rule().resolutionMinutes()));
		return new TicketSla(response, resolution, ClockState.RUNNING.name(), response);
	}

	record Targets(SlaRule rule, BusinessCalendar calendar, boolean alwaysOn) {
	}
}
