package com.chaindesk.ticket;

import java.time.Instant;

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
}
