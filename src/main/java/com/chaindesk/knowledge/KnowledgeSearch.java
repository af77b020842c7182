package com.chaindesk.knowledge;

import java.util.List;

/** Ranked published articles for a question, best first, as the query's scope sees them. */
public interface KnowledgeSearch {

    List<ArticleHit> search(KnowledgeQuery query);
}
