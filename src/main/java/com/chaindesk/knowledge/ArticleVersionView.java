package com.chaindesk.knowledge;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One version in an article's history: who wrote it and when. */
public record ArticleVersionView(int number, String title, String author, Instant createdAt, @Nullable String note) {
}
