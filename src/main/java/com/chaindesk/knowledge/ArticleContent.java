package com.chaindesk.knowledge;

import java.util.List;

/**
 * What an author writes in one version of an article: its kind, ticket category, tags, language (zh-CN, zh-TW or
 * en), title, Markdown body and, for a troubleshooting guide, its steps.
 */
public record ArticleContent(ArticleKind kind, String category, List<String> tags, String language, String title,
		String body, List<GuideStep> steps) {

	public ArticleContent {
		tags = tags == null ? List.of() : List.copyOf(tags);
		steps = steps == null ? List.of() : List.copyOf(steps);
		body = body == null ? "" : body;
	}
}
