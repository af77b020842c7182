package com.chaindesk.ticket;

import java.time.Instant;

/** Every move of a ticket; SLA clocks pause on WAITING_ON_STORE / WAITING_ON_VENDOR and resume when it leaves them. */
public record TicketStatusChanged(long ticketId, String number, long storeId, long regionId, TicketStatus from,
		TicketStatus to, String by, Instant at) {
}
