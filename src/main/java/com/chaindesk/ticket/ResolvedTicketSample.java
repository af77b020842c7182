package com.chaindesk.ticket;

/**
 * What a resolved ticket teaches a classifier: how the store worded it and what the desk settled it as.
 *
 * @param device null when nobody named one
 */
public record ResolvedTicketSample(String category, String subject, String description, Priority priority,
		String device) {
}
