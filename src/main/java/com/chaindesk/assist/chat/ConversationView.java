package com.chaindesk.assist.chat;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A conversation as its owner sees it again (the chat page after a reload): every exchange, what the bot waits for,
 * and the prefilled ticket while a hand-off has not become one yet.
 */
public record ConversationView(long id, long store, List<Exchange> exchanges, String awaiting, List<ChatOption> options,
		@Nullable TicketDraft ticketDraft, @Nullable Long ticketId, @Nullable String ticketNumber) {
}
