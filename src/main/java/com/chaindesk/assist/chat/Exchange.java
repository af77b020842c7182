package com.chaindesk.assist.chat;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One question and the bot's reply, as recorded.
 *
 * @param helped what the person said about the answer: null until they say
 * @param topic the question that opened the problem this exchange is about; null when none did
 */
public record Exchange(int seq, String question, String answer, @Nullable Long articleId,
		@Nullable String articleTitle, @Nullable Double confidence, Outcome outcome, Instant at, @Nullable Boolean helped,
		@Nullable String topic) {

	Exchange judged(boolean verdict) {
		return new Exchange(seq, question, answer, articleId, articleTitle, confidence, outcome, at, verdict, topic);
	}
}
