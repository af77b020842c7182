package com.chaindesk.ticket;

import java.time.Instant;

/**
 * One line of a ticket's history.
 *
 * @param kind COMMENT, STATUS, ASSIGNMENT, RATING or ATTACHMENT
 * @param internal an internal note of the service desk, never shown to store people
 */
public record TimelineEntry(Long id, String kind, String author, String text, boolean internal, TicketStatus from,
		TicketStatus to, Instant at) {
}
