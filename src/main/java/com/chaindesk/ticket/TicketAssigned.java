package com.chaindesk.ticket;

import java.time.Instant;

/** A ticket got a new holder (team, agent, vendor, tier). The response clock of an SLA stops at the first one. */
public record TicketAssigned(long ticketId, String number, long storeId, long regionId, Assignment assignment,
		String by, Instant at) {
}
