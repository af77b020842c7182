package com.chaindesk.sla.clock;

import java.util.Arrays;

import com.chaindesk.ticket.SlaMark;
import com.chaindesk.ticket.TicketSlaMarks;
import org.springframework.stereotype.Component;

/**
 * Copies a clock's due moment and state onto its ticket, in the transaction that changed the clock: the ticket's
 * queues sort by it without reading the SLA schema.
 */
@Component
class ClockMarks {

	private final TicketSlaMarks marks;

	ClockMarks(TicketSlaMarks marks) {
		this.marks = marks;
	}

	/** Queues sort by the chain's own targets; a vendor's contract clocks are the vendor report's business. */
	void mark(SlaClock... clocks) {
		SlaMark[] marked = Arrays.stream(clocks)
				.filter(clock -> clock.kind() == ClockKind.RESPONSE || clock.kind() == ClockKind.RESOLUTION)
				.map(clock -> new SlaMark(SlaMark.Clock.valueOf(clock.kind().name()), clock.dueAt(),
						SlaMark.State.valueOf(clock.state().name()), clock.stoppedAt() != null))
				.toArray(SlaMark[]::new);
		if (marked.length > 0) {
			marks.mark(clocks[0].ticketId(), marked);
		}
	}
}
