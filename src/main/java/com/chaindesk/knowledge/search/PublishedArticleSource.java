package com.chaindesk.knowledge.search;

import java.util.Optional;
import java.util.function.Consumer;

/** The database side of the index: every published article at start, and one again after it changes. */
public interface PublishedArticleSource {

    /** Streams every currently published article (rebuilding the index at start). */
    void eachPublished(Consumer<IndexedArticle> sink);

    /** The article as published now, or empty when it is retired or unknown. */
    Optional<IndexedArticle> published(long articleId);
}
