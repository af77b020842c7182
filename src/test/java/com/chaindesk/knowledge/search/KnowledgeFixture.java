package com.chaindesk.knowledge.search;

import java.util.List;

import com.chaindesk.knowledge.ArticleKind;
import org.jspecify.annotations.Nullable;

/**
 * How search tests put articles into the knowledge base. In this worktree it writes to the stand-in source and
 * publishes the knowledge module's events; after the merge the lead points it at the real knowledge services
 * (create, review, publish, retire), so the tests keep proving the same things against the real module.
 */
interface KnowledgeFixture {

	/** Publishes a new article and returns its id. */
	long publish(Article article);

	/** Publishes a new version of an article with a new title and text. */
	void edit(long articleId, String title, String text);

	void retire(long articleId);

	record Article(ArticleKind kind, String chapter, @Nullable Long replaces, String category, String language,
			String title, String text, List<String> errorCodes) {

		static Article hq(ArticleKind kind, String category, String title, String text) {
			return new Article(kind, "hq", null, category, "zh-CN", title, text, List.of());
		}

		Article in(String chapter) {
			return new Article(kind, chapter, replaces, category, language, title, text, errorCodes);
		}

		Article replacing(long articleId) {
			return new Article(kind, chapter, articleId, category, language, title, text, errorCodes);
		}

		Article language(String tag) {
			return new Article(kind, chapter, replaces, category, tag, title, text, errorCodes);
		}

		Article codes(String... codes) {
			return new Article(kind, chapter, replaces, category, language, title, text, List.of(codes));
		}
	}
}
