package com.chaindesk.ticket;

import java.time.Instant;

/**
 * A ticket got a new holder (team, agent, vendor, tier), and who held it before ({@link Assignment#NONE} for a ticket
 * dispatched as it opened). The response clock of an SLA stops at the first one a person makes.
 */
public record TicketAssigned(long ticketId, String number, long storeId, long regionId, Assignment previous,
		Assignment assignment, String by, Instant at) {
}
