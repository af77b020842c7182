package com.chaindesk.knowledge;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The knowledge events the running application published, as another module would hear them. */
@Component
class KnowledgeEventsHeard {

	final List<ArticlePublished> published = new CopyOnWriteArrayList<>();
	final List<ArticleRetired> retired = new CopyOnWriteArrayList<>();

	@EventListener
	void on(ArticlePublished event) {
		published.add(event);
	}

	@EventListener
	void on(ArticleRetired event) {
		retired.add(event);
	}
}
