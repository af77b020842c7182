package com.chaindesk.sla.clock;

import java.util.Arrays;
import java.util.List;

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
		markUnlessOnRow(List.of(), clocks);
	}

	/**
	 * Marks the clocks unless the ticket's row already says exactly that: a new ticket's row is written with its
	 * forecast, which its clocks confirm, and each rewrite of the row touches every index on it.
	 */
	void markUnlessOnRow(List<SlaMark> onRow, SlaClock... clocks) {
		SlaMark[] marked = Arrays.stream(clocks)
				.filter(clock -> clock.kind() == ClockKind.RESPONSE || clock.kind() == ClockKind.RESOLUTION)
				.map(clock -> new SlaMark(SlaMark.Clock.valueOf(clock.kind().name()), clock.dueAt(),
						SlaMark.State.valueOf(clock.state().name()), clock.stoppedAt() != null))
				.toArray(SlaMark[]::new);
		if (marked.length > 0 && !List.of(marked).equals(onRow)) {
			marks.mark(clocks[0].ticketId(), marked);
		}
	}
}
