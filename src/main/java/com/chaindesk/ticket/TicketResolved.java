package com.chaindesk.ticket;

import java.time.Instant;

/** The service desk says the store's problem is solved; the resolution clock stops. */
public record TicketResolved(long ticketId, String number, long storeId, long regionId, Assignment assignment,
		String by, Instant resolvedAt) {
}
