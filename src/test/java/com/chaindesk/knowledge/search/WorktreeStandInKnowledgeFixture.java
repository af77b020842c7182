package com.chaindesk.knowledge.search;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.chaindesk.knowledge.ArticlePublished;
import com.chaindesk.knowledge.ArticleRetired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

// TEMPORARY: removed when branches merge (KnowledgeFixture then drives the knowledge module's own services).
/** Publishes as the knowledge module will: the article changes and its event goes out in one transaction. */
@Component
class WorktreeStandInKnowledgeFixture implements KnowledgeFixture {

	private static final AtomicLong IDS = new AtomicLong(900_000);

	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;

	WorktreeStandInKnowledgeFixture(ApplicationEventPublisher events, TransactionTemplate transaction) {
		this.events = events;
		this.transaction = transaction;
	}

	@Override
	public long publish(Article article) {
		long id = IDS.incrementAndGet();
		put(new IndexedArticle(id, 1, article.kind(), article.chapter(), article.replaces(), article.category(), List.of(),
				article.language(), article.title(), article.text(), article.errorCodes(), Instant.now()));
		return id;
	}

	@Override
	public void edit(long articleId, String title, String text) {
		IndexedArticle old = WorktreeStandInPublishedArticleSource.PUBLISHED.get(articleId);
		put(new IndexedArticle(articleId, old.version() + 1, old.kind(), old.chapter(), old.replaces(), old.category(),
				old.tags(), old.language(), title, text, old.errorCodes(), Instant.now()));
	}

	@Override
	public void retire(long articleId) {
		transaction.executeWithoutResult(status -> {
			IndexedArticle old = WorktreeStandInPublishedArticleSource.PUBLISHED.remove(articleId);
			events.publishEvent(new ArticleRetired(articleId, old.chapter(), Instant.now()));
		});
	}

	private void put(IndexedArticle article) {
		transaction.executeWithoutResult(status -> {
			WorktreeStandInPublishedArticleSource.PUBLISHED.put(article.id(), article);
			events.publishEvent(new ArticlePublished(article.id(), article.version(), article.chapter(), article.category(),
					Instant.now()));
		});
	}
}
