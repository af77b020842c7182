package com.chaindesk.assist.chat;

// TEMPORARY: removed when branches merge

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.chaindesk.knowledge.ArticleHelpfulness;
import com.chaindesk.knowledge.KnowledgeFeedbackReport;
import com.chaindesk.platform.OrgScope;
import org.springframework.stereotype.Component;

/** Readers' votes standing in for the knowledge module's feedback in this worktree: what a test put here. */
@Component
public class WorktreeStandInKnowledgeFeedbackReport implements KnowledgeFeedbackReport {

	private final List<ArticleHelpfulness> votes = new CopyOnWriteArrayList<>();

	@Override
	public List<ArticleHelpfulness> helpfulness(OrgScope scope, Instant from, Instant to, int limit) {
		return votes.stream().limit(limit).toList();
	}

	public void add(ArticleHelpfulness helpfulness) {
		votes.add(helpfulness);
	}
}
