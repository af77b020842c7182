package com.chaindesk.knowledge;

import java.time.Instant;
import java.util.List;

/** A published article as readers see it. {@code body} is Markdown; {@code steps} is empty unless a guide. */
public record ArticleView(long id, ArticleKind kind, String chapter, String category, List<String> tags,
        String language, String title, String body, List<GuideStep> steps, int version, Instant publishedAt) {
}
