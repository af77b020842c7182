package com.chaindesk.ticket;

/**
 * What a list of tickets is narrowed to, inside the reader's scope.
 *
 * @param assignee an agent's username, {@code me} for the reader, or {@code none} for tickets no agent holds
 * @param team a team's id
 */
public record TicketFilter(Long store, TicketStatus status, String assignee, Long team) {

	public static final TicketFilter ALL = new TicketFilter(null, null, null, null);
}
