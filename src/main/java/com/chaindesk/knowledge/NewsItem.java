package com.chaindesk.knowledge;

import java.time.Instant;

/**
 * A publication a store's people should know of: a new article or a new version of one, in a chapter they read.
 *
 * @param first whether it is the article's first publication (new) rather than an update
 * @param unseen whether it came after the reader last opened the knowledge home
 */
public record NewsItem(ArticleSummary article, boolean first, boolean unseen, Instant at) {
}
