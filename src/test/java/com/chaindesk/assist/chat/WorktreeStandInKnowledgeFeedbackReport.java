package com.chaindesk.assist.chat;

// TEMPORARY: removed when branches merge

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.chaindesk.knowledge.ArticleHelpfulness;
import com.chaindesk.knowledge.KnowledgeFeedbackReport;
import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.StoreRef;
import com.chaindesk.platform.OrgScope;
import org.springframework.stereotype.Component;

/** Readers' votes standing in for the knowledge module's feedback in this worktree: what tests recorded, by scope. */
@Component
public class WorktreeStandInKnowledgeFeedbackReport implements KnowledgeFeedbackReport {

	private record Vote(long article, String title, long store, long region, int helpful, int notHelpful) {
	}

	private final List<Vote> votes = new java.util.concurrent.CopyOnWriteArrayList<>();
	private final OrgDirectory directory;

	public WorktreeStandInKnowledgeFeedbackReport(OrgDirectory directory) {
		this.directory = directory;
	}

	@Override
	public List<ArticleHelpfulness> helpfulness(OrgScope scope, Instant from, Instant to, int limit) {
		Map<Long, ArticleHelpfulness> by = new LinkedHashMap<>();
		for (Vote v : votes) {
			if (scope.coversStore(v.store(), v.region())) {
				ArticleHelpfulness h = by.getOrDefault(v.article(), new ArticleHelpfulness(v.article(), v.title(), 0, 0, 0));
				by.put(v.article(), new ArticleHelpfulness(v.article(), v.title(),
						h.views() + v.helpful() + v.notHelpful(), h.helpful() + v.helpful(), h.notHelpful() + v.notHelpful()));
			}
		}
		return by.values().stream().limit(limit).toList();
	}

	void vote(long article, String title, long storeId, int helpful, int notHelpful) {
		StoreRef store = directory.store(storeId).orElseThrow();
		votes.add(new Vote(article, title, storeId, store.regionId(), helpful, notHelpful));
	}
}
