package com.chaindesk.ticket;

import java.time.Duration;

/**
 * What a list of tickets is narrowed to, inside the reader's scope. All parts are optional (null).
 *
 * @param assignee an agent's username, {@code me} for the reader, or {@code none} for tickets no agent holds
 * @param team a team's id
 * @param breachingWithin open tickets whose counting SLA clock is due within this time, breached ones included,
 *        ordered by due time
 * @param queue one of the desk's work queues, on top of the other parts
 */
public record TicketFilter(Long store, TicketStatus status, String assignee, Long team, Duration breachingWithin,
		TicketQueue queue) {

	public static final TicketFilter ALL = new TicketFilter(null, null, null, null, null, null);

	public static TicketFilter of(TicketQueue queue, TicketStatus status) {
		return new TicketFilter(null, status, null, null, null, queue);
	}
}
