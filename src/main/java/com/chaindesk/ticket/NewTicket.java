package com.chaindesk.ticket;

import java.util.Map;

/**
 * What a store reports. Text fields are checked by {@link Ticket#open}; nulls are reported as missing.
 *
 * @param fields answers to the custom fields of the category, by field key; checked against the definitions in force
 *        at the store
 */
public record NewTicket(TicketType type, Long store, String category, String subject, String description, Level impact,
		Level urgency, String device, Map<String, Object> fields) {

	public NewTicket {
		fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
	}

	/** A report without custom field answers. */
	public NewTicket(TicketType type, Long store, String category, String subject, String description, Level impact,
			Level urgency, String device) {
		this(type, store, category, subject, description, impact, urgency, device, Map.of());
	}
}
