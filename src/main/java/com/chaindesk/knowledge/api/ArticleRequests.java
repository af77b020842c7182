package com.chaindesk.knowledge.api;

import java.util.List;

import com.chaindesk.knowledge.ArticleDraft;
import com.chaindesk.knowledge.ArticleKind;
import com.chaindesk.knowledge.GuideStep;
import com.chaindesk.platform.InvalidInput;

/** Bodies of the knowledge API's writes. */
final class ArticleRequests {

	private ArticleRequests() {
	}

	record Write(String chapter, Long replaces, ArticleKind kind, String category, List<String> tags, String language,
			String title, String body, List<GuideStep> steps, Integer version) {

		ArticleDraft draft() {
			return new ArticleDraft(chapter, replaces, kind, category, tags, language, title, body, steps);
		}
	}

	record Versioned(Integer version, String reason) {
	}

	record Feedback(Boolean helpful, String comment) {
	}

	static int version(Integer version) {
		if (version == null) {
			throw new InvalidInput("version", "required: the version you last read (409 when someone changed it since)");
		}
		return version;
	}
}
