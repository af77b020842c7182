package com.chaindesk.knowledge;

import org.jspecify.annotations.Nullable;

/**
 * A search as a store's scope sees it: HQ articles, its region's and its own, where a local article that replaces an
 * HQ one hides it. Without a store, the searcher's own scope decides (HQ sees every chapter).
 *
 * @param chapter a chapter key (`hq`, `region:3`, `store:12`) to search in only that chapter
 */
public record KnowledgeQuery(String text, @Nullable Long storeId, @Nullable ArticleKind kind, @Nullable String category,
        @Nullable String chapter, int limit) {

    public static KnowledgeQuery forStore(String text, long storeId, int limit) {
        return new KnowledgeQuery(text, storeId, null, null, null, limit);
    }
}
