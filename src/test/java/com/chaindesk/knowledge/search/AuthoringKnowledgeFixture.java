package com.chaindesk.knowledge.search;

import java.util.List;

import com.chaindesk.knowledge.ArticleDetail;
import com.chaindesk.knowledge.ArticleDraft;
import com.chaindesk.knowledge.ArticleKind;
import com.chaindesk.knowledge.GuideStep;
import com.chaindesk.knowledge.KnowledgeAuthoring;
import com.chaindesk.knowledge.KnowledgeLibrary;
import org.springframework.stereotype.Component;

/**
 * Search tests' articles go through the knowledge module's own services (drafted, submitted, approved, edited,
 * retired) as the system, so the index is fed by the real publishing events and the real article source.
 */
@Component("searchKnowledgeFixture")
class AuthoringKnowledgeFixture implements KnowledgeFixture {

	private final KnowledgeAuthoring authoring;
	private final KnowledgeLibrary library;

	AuthoringKnowledgeFixture(KnowledgeAuthoring authoring, KnowledgeLibrary library) {
		this.authoring = authoring;
		this.library = library;
	}

	/** A troubleshooting guide needs steps: the test's text is the guide's introduction and its one step. */
	@Override
	public long publish(Article article) {
		List<GuideStep> steps = article.kind() == ArticleKind.TROUBLESHOOTING
				? List.of(new GuideStep(1, article.text(), null)) : List.of();
		return authoring.publish(new ArticleDraft(article.chapter(), article.replaces(), article.kind(), article.category(),
				List.of(), article.language(), article.title(), article.text(), steps)).id();
	}

	@Override
	public void edit(long articleId, String title, String text) {
		ArticleDetail current = library.detail(articleId);
		var content = current.content();
		ArticleDetail edited = authoring.edit(articleId, current.version(), new ArticleDraft(current.chapter(),
				current.replaces(), content.kind(), content.category(), content.tags(), content.language(), title, text,
				content.steps()));
		ArticleDetail submitted = authoring.submit(articleId, edited.version());
		authoring.approve(articleId, submitted.version());
	}

	@Override
	public void retire(long articleId) {
		authoring.retire(articleId, library.detail(articleId).version());
	}
}
