package com.chaindesk.assist.chat;

import org.jspecify.annotations.Nullable;

/** A message to the bot from a store person: for a store, optionally continuing a conversation. */
public record Question(long store, String text, @Nullable Long conversationId) {

	/** Longer than this is not a question but a pasted document; the API refuses it naming the field. */
	public static final int MAX_LENGTH = 500;
}
