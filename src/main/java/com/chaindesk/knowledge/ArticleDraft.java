package com.chaindesk.knowledge;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A new article or a new version of one, as an author hands it in.
 *
 * @param chapter the chapter key ({@code hq}, {@code region:3}, {@code store:12}); ignored on edits, where the
 *        chapter stays
 * @param replaces the HQ article this regional or store article stands in for within its chapter, or null
 */
public record ArticleDraft(String chapter, @Nullable Long replaces, ArticleKind kind, String category, List<String> tags,
		String language, String title, String body, List<GuideStep> steps) {

	public ArticleContent content() {
		return new ArticleContent(kind, category, tags, language, title, body, steps);
	}

	/** An article without steps (FAQ or how-to). */
	public static ArticleDraft of(String chapter, ArticleKind kind, String category, String language, String title,
			String body) {
		return new ArticleDraft(chapter, null, kind, category, List.of(), language, title, body, List.of());
	}
}
