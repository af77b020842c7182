package com.chaindesk.knowledge;

import org.jspecify.annotations.Nullable;

/**
 * A search as a store's scope sees it: HQ articles, its region's and its own, where a local article that replaces an
 * HQ one hides it. Without a store, the searcher's own scope decides (HQ sees every chapter).
 *
 * @param chapter a chapter key (`hq`, `region:3`, `store:12`) to search in only that chapter
 * @param snippets how many of the best hits carry a snippet; the others come with an empty one
 */
public record KnowledgeQuery(String text, @Nullable Long storeId, @Nullable ArticleKind kind, @Nullable String category,
        @Nullable String chapter, int limit, int snippets) {

    /** Every hit with its snippet. */
    public KnowledgeQuery(String text, @Nullable Long storeId, @Nullable ArticleKind kind, @Nullable String category,
            @Nullable String chapter, int limit) {
        this(text, storeId, kind, category, chapter, limit, limit);
    }

    public static KnowledgeQuery forStore(String text, long storeId, int limit) {
        return new KnowledgeQuery(text, storeId, null, null, null, limit);
    }

    /** The same search, with snippets for only the best {@code count} hits. */
    public KnowledgeQuery snippetsFor(int count) {
        return new KnowledgeQuery(text, storeId, kind, category, chapter, limit, count);
    }
}
