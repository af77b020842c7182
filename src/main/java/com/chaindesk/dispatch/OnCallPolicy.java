package com.chaindesk.dispatch;

import java.time.Instant;

import com.chaindesk.sla.BusinessCalendars;
import com.chaindesk.ticket.Priority;
import org.springframework.stereotype.Component;

/**
 * Out-of-hours P1: a P1 ticket opened while its store is closed goes to the routed team's agent on call, who is
 * awake for it, rather than to whoever the day-time choice would wake. Nobody on shift: the normal choice stands.
 * Vendor routes are the vendor's to staff.
 */
@Component
class OnCallPolicy {

	private final OnCallRota rota;
	private final BusinessCalendars calendars;

	OnCallPolicy(OnCallRota rota, BusinessCalendars calendars) {
		this.rota = rota;
		this.calendars = calendars;
	}

	Route apply(Route route, long storeId, Priority priority, Instant openedAt) {
		if (priority != Priority.P1 || route.team() == null || route.vendor() != null
				|| calendars.forStore(storeId).isBusinessTime(openedAt)) {
			return route;
		}
		return rota.onShift(route.team(), openedAt)
				.map(agent -> new Route(route.rule(), route.team(), route.teamCode(), route.tier(), null, null, agent,
						route.reason() + "; on-call: " + agent + " is on shift for " + route.teamCode()
								+ " (P1 outside the store's business hours)"))
				.orElse(route);
	}
}
