package com.chaindesk.assist.report;

import org.jspecify.annotations.Nullable;

/**
 * How helpful an article was: readers' votes and views from knowledge, and the chatbot's own record (conversations
 * it answered from the article, and what people said).
 */
public record ArticleScore(long articleId, String title, long views, long readersHelpful, long readersNotHelpful,
		long botConversations, long botHelped, long botNotHelped) {

	/** Helpful votes of readers and chat users together, 0..1; null when nobody said. */
	public @Nullable Double helpfulShare() {
		long yes = readersHelpful + botHelped;
		long all = yes + readersNotHelpful + botNotHelped;
		return all == 0 ? null : (double) yes / all;
	}
}
