package com.chaindesk.sla.clock;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.chaindesk.audit.AuditEvent;
import com.chaindesk.audit.AuditTrail;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.sla.SlaBreached;
import com.chaindesk.sla.SlaWarning;
import com.chaindesk.ticket.TicketQueries;
import com.chaindesk.ticket.TicketStatus;
import com.chaindesk.ticket.TicketState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens when clocks' timers fire. The mark, the event and the audit entry commit together; a timer of an
 * older generation, or one that fires again after a crash, finds nothing to mark and does nothing. A timer may also
 * overtake the ticket's own news: after a restart the overdue timers fire while the events of tickets that were solved
 * (or put on hold) before their due moment are still being delivered, and the demo's history reaches the clocks the
 * same way. When the ticket itself says the clock no longer runs, the alarm stays quiet and that event settles the
 * clock, at its own time (a late stop still counts as a breach).
 */
@Component
class ClockAlarms {

	private final ClockRows rows;
	private final ApplicationEventPublisher events;
	private final AuditTrail audit;
	private final ClockMarks marks;
	private final TicketQueries tickets;
	private final Clock clock;

	ClockAlarms(ClockRows rows, ApplicationEventPublisher events, AuditTrail audit, ClockMarks marks,
			TicketQueries tickets, Clock clock) {
		this.marks = marks;
		this.rows = rows;
		this.events = events;
		this.audit = audit;
		this.tickets = tickets;
		this.clock = clock;
	}

	/**
	 * Rings a batch of timers in one transaction: the clocks and their tickets are read once for all, the marks made
	 * in one statement per kind, and what follows each mark (events, notes, escalations) runs ticket by ticket in the
	 * order of their ids, so two batches sharing tickets take their row locks in the same order.
	 */
	@Transactional
	public void ring(List<Alarm> alarms) {
		Map<Long, SlaClock> clocks = new HashMap<>();
		rows.read(alarms.stream().map(a -> a.timer().clockId()).toList()).forEach(c -> clocks.put(c.id(), c));
		Map<Long, TicketState> ticketStates = tickets.statesOf(clocks.values().stream().map(SlaClock::ticketId).toList());
		List<ClockTimer> warnings = new ArrayList<>();
		List<ClockTimer> breaches = new ArrayList<>();
		for (Alarm alarm : alarms) {
			SlaClock c = clocks.get(alarm.timer().clockId());
			// Only a first sieve: the marks check generation, state and warning again under the row lock.
			if (c != null && c.generation() == alarm.timer().generation() && c.state() == ClockState.RUNNING
					&& (alarm.breach() || !c.warned()) && runsForTicket(c, ticketStates.get(c.ticketId()))) {
				(alarm.breach() ? breaches : warnings).add(alarm.timer());
			}
		}
		List<SlaClock> marked = new ArrayList<>(rows.markWarned(warnings));
		marked.addAll(rows.markBreached(breaches));
		marked.sort(Comparator.comparingLong(SlaClock::ticketId).thenComparingLong(SlaClock::id));
		Instant now = clock.instant();
		for (SlaClock c : marked) {
			if (c.state() == ClockState.BREACHED) {
				marks.mark(c);
				// Recorded first: the breach actions heard synchronously (escalation, notes) follow it in the trail.
				record("sla.clock.breached", c);
				events.publishEvent(new SlaBreached(c.ticketId(), c.storeId(), c.regionId(), c.kind().name(), c.dueAt(), now));
			}
			else {
				events.publishEvent(new SlaWarning(c.ticketId(), c.storeId(), c.regionId(), c.kind().name(), c.dueAt(), now));
				record("sla.clock.warned", c);
			}
		}
	}

	/** A timer come due: its clock's warning, or its breach. */
	record Alarm(ClockTimer timer, boolean breach) {
	}

	/** Whether the ticket agrees that the clock runs; if it does not, the clock is left unmarked. */
	private static boolean runsForTicket(SlaClock c, TicketState ticket) {
		if (ticket == null) {
			return false;
		}
		TicketStatus status = ticket.status();
		boolean settled = switch (c.kind()) {
			case RESPONSE -> ticket.assignment().holder() || status != TicketStatus.NEW && status != TicketStatus.REOPENED;
			case RESOLUTION -> status.waiting() || status.solved();
			// The vendor clocks' own listeners stop them precisely; here only what is plainly over.
			case VENDOR_RESPONSE, VENDOR_RESOLUTION -> ticket.assignment().vendor() == null || status.solved();
		};
		return !settled;
	}

	private void record(String action, SlaClock c) {
		audit.record(new AuditEvent(action, "ticket", String.valueOf(c.ticketId()), OrgScope.store(c.storeId(), c.regionId()),
				null, Map.of("clock", c.kind().name(), "dueAt", String.valueOf(c.dueAt()), "state", c.state().name())));
	}
}
