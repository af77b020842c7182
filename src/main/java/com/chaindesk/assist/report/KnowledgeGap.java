package com.chaindesk.assist.report;

import java.time.Instant;

/**
 * A question the bot could not settle, as worded the last time it was asked, with how many conversations asked it
 * (the same words in simplified or traditional characters, any punctuation, count as one question).
 */
public record KnowledgeGap(String question, long conversations, long noAnswer, long handedOff, long stores,
		Instant lastAsked) {
}
