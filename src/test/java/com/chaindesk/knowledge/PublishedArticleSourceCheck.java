package com.chaindesk.knowledge;

import java.util.concurrent.atomic.AtomicLong;

import com.chaindesk.knowledge.search.PublishedArticleSource;
import org.springframework.stereotype.Component;

/** Counts what the search index would read at start, through the contract it reads with. */
@Component
class PublishedArticleSourceCheck {

	private final PublishedArticleSource source;

	PublishedArticleSourceCheck(PublishedArticleSource source) {
		this.source = source;
	}

	long count() {
		AtomicLong n = new AtomicLong();
		source.eachPublished(article -> {
			if (!article.title().isBlank() && !article.text().isBlank()) {
				n.incrementAndGet();
			}
		});
		return n.get();
	}
}
