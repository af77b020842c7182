package com.chaindesk.assist.chat;

import com.chaindesk.knowledge.ArticleKind;
import com.chaindesk.knowledge.GuideStep;

/**
 * How the chatbot's tests get articles to talk about. Until the branches merge, the worktree stand-in
 * ({@link WorktreeStandInKnowledgeFixture}) puts them on an in-memory shelf; after the merge, re-point this at the
 * knowledge module's authoring API (write, review and publish in {@code chapter}) so the tests run against the real
 * search. Tests use wording clear enough that any sensible search ranks the same way.
 *
 * @return the published article's id
 */
public interface KnowledgeFixture {

	long publish(String chapter, ArticleKind kind, String category, String title, String body, GuideStep... steps);

	/** Readers at a store open an article and vote: {@code helpful} yes votes and {@code notHelpful} no votes. */
	void readerVotes(long articleId, long storeId, int helpful, int notHelpful);
}
