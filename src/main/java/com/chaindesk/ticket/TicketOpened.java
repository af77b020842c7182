package com.chaindesk.ticket;

import java.time.Instant;

/** A store opened a ticket. SLA clocks start here; dispatch picks a team, tier or vendor from it. */
public record TicketOpened(long ticketId, String number, TicketType type, long storeId, long regionId, String category,
		Priority priority, Instant openedAt) {
}
