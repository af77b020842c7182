package com.chaindesk.assist.chat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.chaindesk.knowledge.ArticleDraft;
import com.chaindesk.knowledge.ArticleKind;
import com.chaindesk.knowledge.GuideStep;
import com.chaindesk.knowledge.KnowledgeAuthoring;
import com.chaindesk.knowledge.KnowledgeLibrary;
import com.chaindesk.knowledge.KnowledgeQuery;
import com.chaindesk.knowledge.KnowledgeSearch;
import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.StoreRef;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.Role;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Chat and report tests' articles go through the knowledge module's own services as the system; readers' votes are
 * cast by store staff of the given store, each reading the article first, as on the reading page.
 */
@Component("chatKnowledgeFixture")
public class AuthoringKnowledgeFixture implements KnowledgeFixture {

	private final KnowledgeAuthoring authoring;
	private final KnowledgeLibrary library;
	private final OrgDirectory org;
	private final KnowledgeSearch search;

	public AuthoringKnowledgeFixture(KnowledgeAuthoring authoring, KnowledgeLibrary library, OrgDirectory org,
			KnowledgeSearch search) {
		this.search = search;
		this.authoring = authoring;
		this.library = library;
		this.org = org;
	}

	/** Publishes and returns once the index on this instance finds the article (it is kept current after commit). */
	@Override
	public long publish(String chapter, ArticleKind kind, String category, String title, String body, GuideStep... steps) {
		long id = authoring.publish(new ArticleDraft(chapter, null, kind, category, List.of(), "zh-CN", title, body,
				List.of(steps))).id();
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (search.search(new KnowledgeQuery(title, null, null, null, chapter, 50)).stream()
				.noneMatch(hit -> hit.articleId() == id)) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("article " + id + " not searchable after 10 s");
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
		return id;
	}

	@Override
	public void readerVotes(long articleId, long storeId, int helpful, int notHelpful) {
		StoreRef store = org.store(storeId).orElseThrow();
		for (int i = 0; i < helpful + notHelpful; i++) {
			boolean vote = i < helpful;
			String reader = "reader-" + UUID.randomUUID();
			Actor actor = new Actor(0, reader, reader, Set.of(Role.STORE_STAFF), OrgScope.store(storeId, store.regionId()));
			SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(actor, null));
			try {
				library.read(articleId);
				authoring.feedback(articleId, vote, null);
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		}
	}
}
