package com.chaindesk.assist.chat;

// TEMPORARY: removed when branches merge

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.chaindesk.knowledge.ArticleHit;
import com.chaindesk.knowledge.ArticleView;
import com.chaindesk.knowledge.KnowledgeQuery;
import com.chaindesk.knowledge.KnowledgeSearch;
import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.StoreRef;
import com.github.houbb.opencc4j.util.ZhConverterUtil;
import org.springframework.stereotype.Component;

/**
 * Stands in for the Lucene search in this worktree: the share of the question's two-character pieces found in an
 * article (title counted extra), over the chapters the store sees. Crude, but it ranks clear wording the way a real
 * search does, which is all the chatbot's tests rely on.
 */
@Component
public class WorktreeStandInKnowledgeSearch implements KnowledgeSearch {

	private final WorktreeStandInKnowledgeArticles articles;
	private final OrgDirectory directory;

	public WorktreeStandInKnowledgeSearch(WorktreeStandInKnowledgeArticles articles, OrgDirectory directory) {
		this.articles = articles;
		this.directory = directory;
	}

	@Override
	public List<ArticleHit> search(KnowledgeQuery query) {
		Set<String> chapters = new HashSet<>(Set.of("hq"));
		if (query.storeId() != null) {
			StoreRef store = directory.store(query.storeId()).orElseThrow();
			chapters.add("region:" + store.regionId());
			chapters.add("store:" + store.id());
		}
		Set<String> asked = pieces(query.text());
		if (asked.isEmpty()) {
			return List.of();
		}
		return articles.all().stream().filter(a -> query.storeId() == null || chapters.contains(a.chapter()))
				.filter(a -> query.kind() == null || a.kind() == query.kind())
				.map(a -> hit(a, asked)).filter(h -> h.score() > 0)
				.sorted(Comparator.comparingDouble(ArticleHit::score).reversed()).limit(query.limit()).toList();
	}

	private static ArticleHit hit(ArticleView a, Set<String> asked) {
		Set<String> title = pieces(a.title());
		Set<String> all = pieces(a.title() + " " + a.body());
		double inAll = asked.stream().filter(all::contains).count() / (double) asked.size();
		double inTitle = asked.stream().filter(title::contains).count() / (double) asked.size();
		return new ArticleHit(a.id(), a.title(), a.title(), 0.6 * inAll + 0.4 * inTitle, a.kind(), a.category(),
				a.chapter(), a.language());
	}

	private static Set<String> pieces(String text) {
		String s = ZhConverterUtil.toSimple(text).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
		Set<String> pieces = new HashSet<>();
		for (int i = 0; i + 2 <= s.length(); i++) {
			pieces.add(s.substring(i, i + 2));
		}
		return pieces;
	}
}
