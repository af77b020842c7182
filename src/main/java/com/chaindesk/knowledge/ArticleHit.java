package com.chaindesk.knowledge;

/**
 * One ranked search result. {@code score} is the fused relevance in 0..1 (comparable between queries, so the chatbot
 * can use it as confidence); {@code snippet} is HTML-escaped text with matches in {@code <mark>}.
 */
public record ArticleHit(long articleId, String title, String snippet, double score, ArticleKind kind, String category,
        String chapter, String language) {
}
