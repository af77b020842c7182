package com.chaindesk.ticket;

/** What a store reports. Text fields are checked by {@link Ticket#open}; nulls are reported as missing. */
public record NewTicket(TicketType type, Long store, String category, String subject, String description, Level impact,
		Level urgency, String device) {
}
