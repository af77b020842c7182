package com.chaindesk.assist.chat;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the bot says back, with what the page needs to offer the next tap.
 *
 * @param confidence how sure the bot is of the article it used (0..1), null when it used none
 * @param confidenceLevel {@code HIGH}, {@code MEDIUM} or {@code LOW}, for showing confidence in plain words
 * @param awaiting what the bot expects next: {@code QUESTION}, {@code PICK} (options), {@code STEP} (fixed or not) or
 *        {@code VERDICT} (whether the answer helped)
 * @param options the articles a clarifying question offers
 * @param step the guide step shown
 * @param ticketDraft the prefilled ticket on hand-off
 */
public record BotReply(long conversationId, int seq, String answer, @Nullable Long articleId,
		@Nullable String articleTitle, @Nullable String articleLink, @Nullable Double confidence,
		@Nullable String confidenceLevel, @Nullable String confidenceWords, Outcome outcome, boolean handoff,
		String awaiting, List<ChatOption> options, @Nullable StepShown step, @Nullable TicketDraft ticketDraft) {

	/** One guide step as shown: its number, how many the guide has, and what to do. */
	public record StepShown(int number, int total, String instruction) {
	}
}
