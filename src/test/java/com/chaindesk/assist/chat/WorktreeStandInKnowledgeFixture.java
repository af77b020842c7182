package com.chaindesk.assist.chat;

// TEMPORARY: removed when branches merge (re-point KnowledgeFixture at the knowledge module's authoring API)

import java.util.List;

import com.chaindesk.knowledge.ArticleKind;
import com.chaindesk.knowledge.GuideStep;
import org.springframework.stereotype.Component;

/** Publishes test articles onto the stand-in shelf. */
@Component
public class WorktreeStandInKnowledgeFixture implements KnowledgeFixture {

	private final WorktreeStandInKnowledgeArticles shelf;
	private final WorktreeStandInKnowledgeFeedbackReport feedback;

	public WorktreeStandInKnowledgeFixture(WorktreeStandInKnowledgeArticles shelf,
			WorktreeStandInKnowledgeFeedbackReport feedback) {
		this.shelf = shelf;
		this.feedback = feedback;
	}

	@Override
	public void readerVotes(long articleId, long storeId, int helpful, int notHelpful) {
		feedback.vote(articleId, shelf.published(articleId).orElseThrow().title(), storeId, helpful, notHelpful);
	}

	@Override
	public long publish(String chapter, ArticleKind kind, String category, String title, String body,
			GuideStep... steps) {
		return shelf.put(chapter, kind, category, title, body, List.of(steps));
	}
}
