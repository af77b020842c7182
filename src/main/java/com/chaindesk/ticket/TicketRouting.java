package com.chaindesk.ticket;

/**
 * What routing a ticket needs to know and no more: where it comes from, what it is about, how urgent it is, who
 * holds it, and the version a hand-over must still find.
 */
public record TicketRouting(long id, String number, long storeId, long regionId, String category, Priority priority,
		TicketStatus status, Assignment assignment, int version) {
}
