package com.chaindesk.assist.chat;

// TEMPORARY: removed when branches merge

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.chaindesk.knowledge.ArticleKind;
import com.chaindesk.knowledge.ArticleView;
import com.chaindesk.knowledge.GuideStep;
import com.chaindesk.knowledge.KnowledgeArticles;
import org.springframework.stereotype.Component;

/** An in-memory shelf of published articles standing in for the knowledge module in this worktree. */
@Component
public class WorktreeStandInKnowledgeArticles implements KnowledgeArticles {

	private final Map<Long, ArticleView> shelf = new ConcurrentHashMap<>();
	private final AtomicLong ids = new AtomicLong(900_000);

	@Override
	public Optional<ArticleView> published(long articleId) {
		return Optional.ofNullable(shelf.get(articleId));
	}

	long put(String chapter, ArticleKind kind, String category, String title, String body, List<GuideStep> steps) {
		long id = ids.incrementAndGet();
		shelf.put(id, new ArticleView(id, kind, chapter, category, List.of(), "zh-CN", title, body, steps, 1,
				Instant.now()));
		return id;
	}

	java.util.Collection<ArticleView> all() {
		return shelf.values();
	}
}
