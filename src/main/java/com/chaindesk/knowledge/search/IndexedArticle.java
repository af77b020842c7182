package com.chaindesk.knowledge.search;

import com.chaindesk.knowledge.ArticleKind;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the search index needs of a published article. {@code text} is the searchable plain text (body and guide
 * steps, Markdown stripped); {@code replaces} is the HQ article a regional or store article stands in for in its
 * chapter; {@code errorCodes} are codes such as {@code E-1043} found in it, matched exactly.
 */
public record IndexedArticle(long id, int version, ArticleKind kind, String chapter, @Nullable Long replaces,
        String category, List<String> tags, String language, String title, String text, List<String> errorCodes,
        Instant publishedAt) {
}
