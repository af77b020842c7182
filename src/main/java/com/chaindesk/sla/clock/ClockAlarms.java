package com.chaindesk.sla.clock;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

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
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * What happens when a clock's timer fires. The mark, the event and the audit entry commit together; a timer of an
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

	@Transactional
	public void warn(ClockTimer timer) {
		Optional<SlaClock> marked = rows.markWarned(timer.clockId(), timer.generation()).filter(this::stillRunsForTicket);
		marked.ifPresent(c -> {
			Instant now = clock.instant();
			events.publishEvent(new SlaWarning(c.ticketId(), c.storeId(), c.regionId(), c.kind().name(), c.dueAt(), now));
			record("sla.clock.warned", c);
		});
	}

	@Transactional
	public void breach(ClockTimer timer) {
		Optional<SlaClock> marked = rows.markBreached(timer.clockId(), timer.generation()).filter(this::stillRunsForTicket);
		marked.ifPresent(c -> {
			Instant now = clock.instant();
			marks.mark(c);
			// Recorded first: the breach actions heard synchronously (escalation, notes) follow it in the trail.
			record("sla.clock.breached", c);
			events.publishEvent(new SlaBreached(c.ticketId(), c.storeId(), c.regionId(), c.kind().name(), c.dueAt(), now));
		});
	}

	/** Whether the ticket agrees that the clock runs; if not, the mark just made is undone. */
	private boolean stillRunsForTicket(SlaClock c) {
		TicketState ticket = tickets.stateOf(c.ticketId()).orElse(null);
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
		if (settled) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
		}
		return !settled;
	}

	private void record(String action, SlaClock c) {
		audit.record(new AuditEvent(action, "ticket", String.valueOf(c.ticketId()), OrgScope.store(c.storeId(), c.regionId()),
				null, Map.of("clock", c.kind().name(), "dueAt", String.valueOf(c.dueAt()), "state", c.state().name())));
	}
}
