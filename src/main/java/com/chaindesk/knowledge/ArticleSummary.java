package com.chaindesk.knowledge;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of an article list: what a reader needs to pick it. */
public record ArticleSummary(long id, String chapter, ArticleKind kind, String category, String language, String title,
		ArticleStatus status, int version, @Nullable Long replaces, Instant at) {
}
