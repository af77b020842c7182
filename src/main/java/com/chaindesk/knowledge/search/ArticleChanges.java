package com.chaindesk.knowledge.search;

import java.util.Optional;

import com.chaindesk.knowledge.ArticlePublished;
import com.chaindesk.knowledge.ArticleRetired;
import com.chaindesk.platform.ClusterSignals;
import dev.langchain4j.model.embedding.EmbeddingModel;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What search does when the knowledge module publishes or retires an article. Inside the publishing transaction it
 * signals every instance (delivered at commit, dropped on rollback), so the change is searchable everywhere at once
 * by its words. After the commit, once and only on the publishing instance, it computes the new version's vector and
 * signals again, so every instance adds the meaning without computing it.
 */
@Component
class ArticleChanges {

	private final ClusterSignals signals;
	private final ArticleVectors vectors;
	private final PublishedArticleSource source;

	ArticleChanges(ClusterSignals signals, ArticleVectors vectors, PublishedArticleSource source) {
		this.signals = signals;
		this.vectors = vectors;
		this.source = source;
	}

	@EventListener
	void published(ArticlePublished event) {
		signals.send(IndexUpkeep.CHANNEL, Long.toString(event.articleId()));
	}

	@EventListener
	void retired(ArticleRetired event) {
		signals.send(IndexUpkeep.CHANNEL, Long.toString(event.articleId()));
	}

	@ApplicationModuleListener
	void embed(ArticlePublished event) {
		if (vectors.find(event.articleId(), event.version()).isPresent()) {
			return;
		}
		Optional<IndexedArticle> article = source.published(event.articleId());
		// A newer version (or a retirement) has its own event; this one has nothing left to do.
		if (article.isEmpty() || article.get().version() != event.version()) {
			return;
		}
		Optional<EmbeddingModel> model = ArticleEmbeddings.await(300);
		if (model.isEmpty()) {
			return; // logged once by ArticleEmbeddings; the next rebuild embeds what is missing
		}
		vectors.save(event.articleId(), event.version(),
				model.get().embed(ArticleEmbeddings.articleText(article.get())).content().vector());
		signals.send(IndexUpkeep.CHANNEL, Long.toString(event.articleId()));
	}
}
