package com.chaindesk.knowledge.search;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

// TEMPORARY: removed when branches merge (the knowledge module implements PublishedArticleSource over its tables).
/**
 * Published articles kept in memory instead of the knowledge tables, which live on another branch. Static, so that
 * a second application context in the same JVM (the cluster test's second instance) sees the same "database".
 */
@Component
class WorktreeStandInPublishedArticleSource implements PublishedArticleSource {

	static final Map<Long, IndexedArticle> PUBLISHED = new ConcurrentHashMap<>();

	@Override
	public void eachPublished(Consumer<IndexedArticle> sink) {
		PUBLISHED.values().stream().sorted(Comparator.comparingLong(IndexedArticle::id)).forEach(sink);
	}

	@Override
	public Optional<IndexedArticle> published(long articleId) {
		return Optional.ofNullable(PUBLISHED.get(articleId));
	}
}
