package com.chaindesk.knowledge;

import java.util.Optional;

/** Reads published articles for other modules (the chatbot), unscoped: callers found them through a scoped search. */
public interface KnowledgeArticles {

    Optional<ArticleView> published(long articleId);
}
