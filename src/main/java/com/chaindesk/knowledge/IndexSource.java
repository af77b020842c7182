package com.chaindesk.knowledge;

import java.util.Optional;
import java.util.function.Consumer;

import com.chaindesk.knowledge.search.IndexedArticle;
import com.chaindesk.knowledge.search.PublishedArticleSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the search index reads: every live article at start, one again after it is published or retired. */
@Component
@Transactional(readOnly = true)
class IndexSource implements PublishedArticleSource {

	private final LiveArticles live;

	IndexSource(LiveArticles live) {
		this.live = live;
	}

	@Override
	public void eachPublished(Consumer<IndexedArticle> sink) {
		live.each(article -> sink.accept(article.indexed()));
	}

	@Override
	public Optional<IndexedArticle> published(long articleId) {
		return live.one(articleId).map(LiveArticles.Live::indexed);
	}
}
