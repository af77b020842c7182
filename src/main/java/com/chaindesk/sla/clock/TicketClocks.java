package com.chaindesk.sla.clock;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import com.chaindesk.audit.AuditEvent;
import com.chaindesk.audit.AuditTrail;
import com.chaindesk.config.Settings;
import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.StoreRef;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.sla.BusinessCalendar;
import com.chaindesk.sla.BusinessCalendars;
import com.chaindesk.sla.SlaPolicyChoice;
import com.chaindesk.sla.SlaRule;
import com.chaindesk.sla.SlaSettings;
import com.chaindesk.ticket.TicketAssigned;
import com.chaindesk.ticket.TicketOpened;
import com.chaindesk.ticket.TicketResolved;
import com.chaindesk.ticket.TicketStatus;
import com.chaindesk.ticket.TicketStatusChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Runs a ticket's clocks along its life: both start when it is opened; the response clock stops when someone takes
 * it; the resolution clock pauses while the desk waits on the store or a vendor, stops when it is resolved and starts
 * over when the store reopens it. Times are the events' own, not the moment the listener runs.
 */
@Component
class TicketClocks {

	/** Moves that show someone has taken the ticket up. */
	private static final Set<TicketStatus> RESPONDED = Set.of(TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS,
			TicketStatus.WAITING_ON_STORE, TicketStatus.WAITING_ON_VENDOR, TicketStatus.RESOLVED, TicketStatus.CLOSED);

	private final ClockRows rows;
	private final ClockTimers timers;
	private final BusinessCalendars calendars;
	private final Settings settings;
	private final OrgDirectory org;
	private final AuditTrail audit;

	TicketClocks(ClockRows rows, ClockTimers timers, BusinessCalendars calendars, Settings settings, OrgDirectory org,
			AuditTrail audit) {
		this.rows = rows;
		this.timers = timers;
		this.calendars = calendars;
		this.settings = settings;
		this.org = org;
		this.audit = audit;
	}

	@ApplicationModuleListener
	void on(TicketOpened event) {
		StoreRef store = org.store(event.storeId()).orElseThrow();
		SlaRule rule = SlaPolicyChoice.choose(
				settings.effective(SlaSettings.POLICIES, OrgScope.store(event.storeId(), event.regionId())),
				event.priority(), event.category(), store.sizeClass());
		BusinessCalendar calendar = calendars.forStore(event.storeId());
		// A store without any opening hours ahead (not set up yet) would never come due: count it around the clock.
		boolean alwaysOn = rule.alwaysOn() || calendar.nextBusinessStart(event.openedAt()).isEmpty();
		if (alwaysOn) {
			calendar = calendars.alwaysOn(event.storeId());
		}
		start(event, ClockKind.RESPONSE, alwaysOn, rule.responseMinutes(), calendar);
		start(event, ClockKind.RESOLUTION, alwaysOn, rule.resolutionMinutes(), calendar);
	}

	@ApplicationModuleListener
	void on(TicketAssigned event) {
		rows.lock(event.ticketId(), ClockKind.RESPONSE).ifPresent(c -> stop(c, event.at()));
	}

	@ApplicationModuleListener
	void on(TicketStatusChanged event) {
		if (RESPONDED.contains(event.to())) {
			rows.lock(event.ticketId(), ClockKind.RESPONSE).ifPresent(c -> stop(c, event.at()));
		}
		rows.lock(event.ticketId(), ClockKind.RESOLUTION).ifPresent(c -> {
			if (event.to().waiting()) {
				change(c, "sla.clock.paused", c.pause(event.at(), calendarOf(c)));
			}
			else if (event.to() == TicketStatus.REOPENED) {
				change(c, "sla.clock.restarted", c.restart(event.at(), calendarOf(c)));
			}
			else if (event.to().solved()) {
				stop(c, event.at());
			}
			else if (event.from().waiting()) {
				change(c, "sla.clock.resumed", c.resume(event.at(), calendarOf(c)));
			}
		});
	}

	@ApplicationModuleListener
	void on(TicketResolved event) {
		rows.lock(event.ticketId(), ClockKind.RESPONSE).ifPresent(c -> stop(c, event.resolvedAt()));
		rows.lock(event.ticketId(), ClockKind.RESOLUTION).ifPresent(c -> stop(c, event.resolvedAt()));
	}

	private void start(TicketOpened event, ClockKind kind, boolean alwaysOn, int minutes, BusinessCalendar calendar) {
		SlaClock clock = rows.insert(SlaClock.start(event.ticketId(), event.storeId(), event.regionId(), kind,
				alwaysOn, minutes, event.openedAt(), calendar));
		if (clock != null) { // null: this event was delivered before (a resubmitted publication)
			timers.set(clock, clock.warningAt(calendar));
			record("sla.clock.started", clock);
		}
	}

	private void stop(SlaClock clock, Instant at) {
		change(clock, "sla.clock.stopped", clock.stop(at));
	}

	private void change(SlaClock clock, String action, boolean changed) {
		if (!changed) {
			return;
		}
		rows.update(clock);
		if (clock.state() == ClockState.RUNNING) {
			timers.set(clock, clock.warningAt(calendarOf(clock)));
		}
		record(action, clock);
	}

	private BusinessCalendar calendarOf(SlaClock clock) {
		return clock.alwaysOn() ? calendars.alwaysOn(clock.storeId()) : calendars.forStore(clock.storeId());
	}

	private void record(String action, SlaClock c) {
		audit.record(new AuditEvent(action, "ticket", String.valueOf(c.ticketId()), OrgScope.store(c.storeId(), c.regionId()),
				null, Map.of("clock", c.kind().name(), "state", c.state().name(), "dueAt", String.valueOf(c.dueAt()))));
	}
}
