package com.chaindesk.knowledge;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.chaindesk.audit.AuditEvent;
import com.chaindesk.audit.AuditTrail;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.FieldProblem;
import com.chaindesk.platform.InvalidInput;
import com.chaindesk.platform.NotFound;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.OutsideScope;
import com.chaindesk.ticket.TicketQueries;
import com.chaindesk.ticket.TicketView;
import com.chaindesk.ticket.TimelineEntry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing knowledge on behalf of the current actor: drafts, new versions, review, publishing and retiring, files,
 * and readers' feedback. Each change is checked against {@link ChapterRights}, kept by the {@link Article}'s own
 * rules, audited in the same transaction and announced with {@link ArticlePublished} / {@link ArticleRetired}.
 * Every write that changes an existing article takes the {@code version} the writer last saw: the second of two
 * people changing one article at once is refused with 409 and must reload.
 */
@Service
@Transactional
public class KnowledgeAuthoring {

	private final Articles articles;
	private final ArticleRules rules;
	private final Chapters chapters;
	private final ArticleFiles files;
	private final Readers readers;
	private final TicketQueries tickets;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	KnowledgeAuthoring(Articles articles, ArticleRules rules, Chapters chapters, ArticleFiles files, Readers readers,
			TicketQueries tickets, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.articles = articles;
		this.rules = rules;
		this.chapters = chapters;
		this.files = files;
		this.readers = readers;
		this.tickets = tickets;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Starts an article as a draft in a chapter the author writes in. */
	public ArticleDetail draft(ArticleDraft draft) {
		return draft(draft, null);
	}

	private ArticleDetail draft(ArticleDraft draft, String note) {
		Actor actor = CurrentActor.get();
		if (draft == null) {
			throw new InvalidInput("body", "required");
		}
		Chapter chapter = chapters.parse(draft.chapter())
				.orElseThrow(() -> new InvalidInput("chapter", "hq, region:<id> or store:<id> of a region or store that exists"));
		if (!ChapterRights.mayWrite(actor, chapter)) {
			throw new OutsideScope("You may write only in chapters of your own part of the chain.");
		}
		check(draft.content(), chapter, draft.replaces(), null);
		Article article = Article.start(chapter, draft.replaces(), draft.content(), actor.username(), now());
		long id = articles.add(article, actor.username(), note);
		Article stored = articles.find(id).orElseThrow();
		audit.record(new AuditEvent("knowledge.article.drafted", "article", Long.toString(id), chapter.scope(), null,
				stored.snapshot()));
		return detail(stored, actor);
	}

	/** Writes a new version; a published article stays live with its published version until this one is approved. */
	public ArticleDetail edit(long id, int version, ArticleDraft draft) {
		Actor actor = CurrentActor.get();
		if (draft == null) {
			throw new InvalidInput("body", "required");
		}
		Article article = writable(id, actor);
		check(draft.content(), article.chapter(), draft.replaces(), article.id());
		Map<String, Object> before = article.snapshot();
		stale(article, version);
		article.edit(draft.content(), draft.replaces(), now());
		return save(article, version, "knowledge.article.edited", before, actor);
	}

	/** Sends the draft to its chapter's reviewer. */
	public ArticleDetail submit(long id, int version) {
		Actor actor = CurrentActor.get();
		Article article = writable(id, actor);
		Map<String, Object> before = article.snapshot();
		stale(article, version);
		article.submit(actor.username(), now());
		return save(article, version, "knowledge.article.submitted", before, actor);
	}

	/** The chapter's reviewer publishes the version in review; the stores it concerns see it as new or updated. */
	public ArticleDetail approve(long id, int version) {
		Actor actor = CurrentActor.get();
		Article article = reviewable(id, actor);
		if (!ChapterRights.secondPair(actor, article.submittedBy())) {
			throw new OutsideScope("You sent this article for review yourself; another reviewer of its chapter approves it.");
		}
		Map<String, Object> before = article.snapshot();
		stale(article, version);
		boolean first = neverPublished(id);
		ArticlePublished published = article.approve(now());
		ArticleDetail detail = save(article, version, "knowledge.article.published", before, actor);
		articles.recordPublication(id, published.version(), published.chapter(), first, published.at());
		events.publishEvent(published);
		return detail;
	}

	/** The reviewer sends the version back to its author with what to change. */
	public ArticleDetail sendBack(long id, int version, String reason) {
		Actor actor = CurrentActor.get();
		Article article = reviewable(id, actor);
		Map<String, Object> before = article.snapshot();
		stale(article, version);
		article.sendBack(reason, now());
		return save(article, version, "knowledge.article.sent-back", before, actor);
	}

	/** Takes a published article out of use; its chapter's authors and reviewers may do so. */
	public ArticleDetail retire(long id, int version) {
		Actor actor = CurrentActor.get();
		Article article = find(id);
		if (!ChapterRights.mayWrite(actor, article.chapter()) && !ChapterRights.mayReview(actor, article.chapter())) {
			throw new OutsideScope("You may retire only articles of chapters you write in or review.");
		}
		Map<String, Object> before = article.snapshot();
		stale(article, version);
		ArticleRetired retired = article.retire(now());
		ArticleDetail detail = save(article, version, "knowledge.article.retired", before, actor);
		events.publishEvent(retired);
		return detail;
	}

	/** Drafts, submits and approves in one go: demo data and tests that need a live article. */
	public ArticleDetail publish(ArticleDraft draft) {
		ArticleDetail drafted = draft(draft);
		ArticleDetail submitted = submit(drafted.id(), drafted.version());
		return approve(submitted.id(), submitted.version());
	}

	/**
	 * A draft built from a solved ticket for an engineer to edit: the subject as title, the problem and how it was
	 * solved as body, the ticket's category. It goes into HQ's chapter, or the ticket's region's when the category is
	 * the region's own.
	 */
	public ArticleDetail draftFromTicket(long ticketId) {
		Actor actor = CurrentActor.get();
		TicketView ticket = tickets.find(ticketId);
		if (!ticket.status().solved()) {
			throw new InvalidInput("ticket", "only a resolved or closed ticket becomes knowledge; this one is " + ticket.status());
		}
		OrgScope hq = OrgScope.hq();
		String chapter = rules.categoryCodes(hq).contains(ticket.category()) && ChapterRights.mayWrite(actor, Chapter.of(hq))
				? "hq" : "region:" + ticket.regionId();
		StringBuilder body = new StringBuilder();
		body.append("## 现象\n\n").append(ticket.description() == null ? "" : ticket.description().strip()).append("\n\n");
		List<String> solution = new ArrayList<>();
		for (TimelineEntry entry : ticket.timeline()) {
			if (("COMMENT".equals(entry.kind()) || "STATUS".equals(entry.kind())) && entry.text() != null
					&& !entry.text().isBlank()) {
				solution.add("- " + entry.text().strip().replace("\n", "\n  "));
			}
		}
		body.append("## 处理方法\n\n").append(solution.isEmpty() ? "- " : String.join("\n", solution)).append('\n');
		List<String> tags = ticket.device() == null || ticket.device().isBlank() ? List.of() : List.of(ticket.device().strip());
		ArticleDraft draft = new ArticleDraft(chapter, null, ArticleKind.FAQ, ticket.category(), tags, "zh-CN",
				ticket.subject(), body.toString(), List.of());
		return draft(draft, "ticket " + ticket.number());
	}

	/** Adds an image (shown in the article) or an attachment to an article the actor writes. */
	public ArticleFileRef attach(long id, String purpose, String filename, String claimedType, byte[] content) {
		Actor actor = CurrentActor.get();
		Article article = writable(id, actor);
		ArticleFileRef ref = files.add(article.id(), purpose, filename, claimedType, content, actor.username(), now());
		audit.record(new AuditEvent("knowledge.file.added", "article", Long.toString(id), article.chapter().scope(), null,
				Map.of("file", ref.id(), "purpose", ref.purpose(), "filename", ref.filename(), "mediaType",
						ref.mediaType(), "size", ref.size())));
		return ref;
	}

	/** A reader's vote on a published article (a second vote replaces the first), recorded with their store. */
	public void feedback(long id, boolean helpful, String comment) {
		Actor actor = CurrentActor.get();
		Article article = find(id);
		if (!article.live() || !article.chapter().readableFrom(actor.scope())) {
			throw new NotFound("article", id);
		}
		if (comment != null && comment.length() > 2000) {
			throw new InvalidInput("comment", "at most 2000 characters");
		}
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		readers.vote(id, actor, helpful, text, now());
		audit.record(new AuditEvent("knowledge.feedback.given", "article", Long.toString(id), article.chapter().scope(),
				null, java.util.Collections.unmodifiableMap(new java.util.HashMap<>(java.util.Map.of("helpful", helpful,
						"comment", text == null ? "" : text)))));
	}

	private boolean neverPublished(long id) {
		return articles.publicationCount(id) == 0;
	}

	private void check(ArticleContent content, Chapter chapter, Long replaces, Long self) {
		List<FieldProblem> problems = new ArrayList<>(rules.problems(content, chapter.scope()));
		if (replaces != null) {
			if (chapter.isHq()) {
				problems.add(new FieldProblem("replaces", "an HQ article replaces nothing; only regional and store articles stand in for HQ ones"));
			}
			else {
				articles.find(replaces).ifPresentOrElse(target -> {
					if (!target.chapter().isHq()) {
						problems.add(new FieldProblem("replaces", "not an HQ article: " + replaces));
					}
				}, () -> problems.add(new FieldProblem("replaces", "no such article: " + replaces)));
				if (replaces.equals(self)) {
					problems.add(new FieldProblem("replaces", "an article cannot replace itself"));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	private Article find(long id) {
		return articles.find(id).orElseThrow(() -> new NotFound("article", id));
	}

	private Article writable(long id, Actor actor) {
		Article article = find(id);
		if (!ChapterRights.mayWrite(actor, article.chapter())) {
			if (!article.chapter().readableFrom(actor.scope())) {
				throw new NotFound("article", id);
			}
			throw new OutsideScope("You may not write in this article's chapter.");
		}
		return article;
	}

	private Article reviewable(long id, Actor actor) {
		Article article = find(id);
		if (!ChapterRights.mayReview(actor, article.chapter())) {
			if (!article.chapter().readableFrom(actor.scope())) {
				throw new NotFound("article", id);
			}
			throw new OutsideScope("You do not review this article's chapter.");
		}
		return article;
	}

	/** Refuses early (before any rule is checked) when the writer's copy is stale; the update checks again. */
	private static void stale(Article article, int version) {
		if (article.rowVersion() != version) {
			throw new org.springframework.dao.OptimisticLockingFailureException(
					"Article " + article.id() + " is at version " + article.rowVersion() + ", not " + version);
		}
	}

	private ArticleDetail save(Article article, int version, String action, Map<String, Object> before, Actor actor) {
		articles.save(article, version, actor.username(), null);
		Article saved = articles.find(article.id()).orElseThrow();
		audit.record(new AuditEvent(action, "article", article.id().toString(), article.chapter().scope(), before,
				saved.snapshot()));
		return detail(saved, actor);
	}

	static ArticleDetail detail(Article a, Actor actor) {
		boolean mayReview = a.status() == ArticleStatus.IN_REVIEW && ChapterRights.mayReview(actor, a.chapter())
				&& ChapterRights.secondPair(actor, a.submittedBy());
		return new ArticleDetail(a.id(), a.chapter().key(), a.replaces(), a.status(), a.rowVersion(), a.workingVersion(),
				a.publishedVersion(), a.reviewNote(), a.submittedBy(), a.createdBy(), a.createdAt(), a.updatedAt(),
				a.publishedAt(), a.content(), ChapterRights.mayWrite(actor, a.chapter()) && a.status() != ArticleStatus.IN_REVIEW,
				mayReview);
	}

	private Instant now() {
		return clock.instant();
	}
}
