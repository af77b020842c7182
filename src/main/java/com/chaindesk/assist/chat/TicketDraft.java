package com.chaindesk.assist.chat;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A ticket prefilled from a conversation the bot handed off: category from the best article found, subject from the
 * first question, the conversation as the description. {@code requiredFields} are the category's custom fields the
 * person still has to answer (a POS problem asks for the register).
 */
public record TicketDraft(long conversationId, long store, @Nullable String category, @Nullable String categoryName,
		String subject, String description, List<FieldAsked> requiredFields) {

	/** A custom field the ticket needs, with its label in the reader's language. */
	public record FieldAsked(String key, String label) {
	}
}
