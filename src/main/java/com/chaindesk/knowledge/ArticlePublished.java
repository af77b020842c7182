package com.chaindesk.knowledge;

import java.time.Instant;

/** A version of an article went live (new, edited or re-published), in chapter {@code chapter} (`hq`, `region:3`…). */
public record ArticlePublished(long articleId, int version, String chapter, String category, Instant at) {
}
