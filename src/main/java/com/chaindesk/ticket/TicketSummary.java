package com.chaindesk.ticket;

import java.time.Instant;

/** A ticket as a line of a list or queue. */
public record TicketSummary(long id, String number, TicketType type, long storeId, String category, Priority priority,
		String subject, TicketStatus status, Assignment assignment, String reporter, Instant createdAt,
		Instant updatedAt, int version, TicketSla sla) {
}
