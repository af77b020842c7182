package com.chaindesk.ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A ticket's SLA as marked on its row by the SLA module.
 *
 * @param state the worst clock state: BREACHED if any clock breached, else the resolution clock's (RUNNING, PAUSED,
 *        MET)
 * @param dueAt the due moment that counts for queues: the earliest clock still counting; null while paused or settled
 */
public record TicketSla(Instant responseDueAt, Instant resolutionDueAt, String state, Instant dueAt) {

	/** Whether the SLA module has marked anything yet (it does so right after the ticket is opened). */
	public boolean known() {
		return state != null;
	}

	/** The marks a new ticket's row is written with when this is its forecast: both clocks running to their due. */
	List<SlaMark> openingMarks() {
		if (!known()) {
			return List.of();
		}
		List<SlaMark> marks = new ArrayList<>(2);
		if (responseDueAt != null) {
			marks.add(new SlaMark(SlaMark.Clock.RESPONSE, responseDueAt, SlaMark.State.RUNNING, false));
		}
		if (resolutionDueAt != null) {
			marks.add(new SlaMark(SlaMark.Clock.RESOLUTION, resolutionDueAt, SlaMark.State.RUNNING, false));
		}
		return List.copyOf(marks);
	}
}
