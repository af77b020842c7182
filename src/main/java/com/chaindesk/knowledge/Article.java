package com.chaindesk.knowledge;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.chaindesk.platform.Conflict;
import com.chaindesk.platform.InvalidInput;

/**
 * An article in one chapter and the state of its review. It guards its own workflow: a draft goes to review, the
 * chapter's reviewer publishes it or sends it back with a reason, a published article can be retired, and any
 * edit writes a new version (a published article stays live with its published version meanwhile).
 */
final class Article {

	private final Long id;
	private final Chapter chapter;
	private Long replaces;
	private ArticleStatus status;
	private int workingVersion;
	private Integer publishedVersion;
	private String reviewNote;
	private String submittedBy;
	private final String createdBy;
	private final Instant createdAt;
	private Instant updatedAt;
	private Instant publishedAt;
	private final int rowVersion;
	private ArticleContent content;
	private boolean newVersion;

	Article(Long id, Chapter chapter, Long replaces, ArticleStatus status, int workingVersion, Integer publishedVersion,
			String reviewNote, String submittedBy, String createdBy, Instant createdAt, Instant updatedAt,
			Instant publishedAt, int rowVersion, ArticleContent content) {
		this.id = id;
		this.chapter = chapter;
		this.replaces = replaces;
		this.status = status;
		this.workingVersion = workingVersion;
		this.publishedVersion = publishedVersion;
		this.reviewNote = reviewNote;
		this.submittedBy = submittedBy;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.publishedAt = publishedAt;
		this.rowVersion = rowVersion;
		this.content = content;
	}

	static Article start(Chapter chapter, Long replaces, ArticleContent content, String author, Instant now) {
		Article article = new Article(null, chapter, replaces, ArticleStatus.DRAFT, 1, null, null, null, author, now, now,
				null, 0, content);
		article.newVersion = true;
		return article;
	}

	/** A new version. Editing an article in review would change what the reviewer is looking at: send it back first. */
	void edit(ArticleContent changed, Long newReplaces, Instant now) {
		if (status == ArticleStatus.IN_REVIEW) {
			throw new Conflict("status", "The article is in review; the reviewer must send it back before it can be edited.");
		}
		content = changed;
		replaces = newReplaces;
		workingVersion++;
		newVersion = true;
		status = ArticleStatus.DRAFT;
		reviewNote = null;
		updatedAt = now;
	}

	void submit(String by, Instant now) {
		if (status != ArticleStatus.DRAFT) {
			throw new Conflict("status", "Only a draft can be sent for review; this article is " + status + ".");
		}
		if (content.kind() == ArticleKind.TROUBLESHOOTING && content.steps().isEmpty()) {
			throw new InvalidInput("steps", "a troubleshooting guide needs at least one step");
		}
		status = ArticleStatus.IN_REVIEW;
		submittedBy = by;
		reviewNote = null;
		updatedAt = now;
	}

	/** Publishes the version under review; stores read it from now on. */
	ArticlePublished approve(Instant now) {
		requireInReview();
		status = ArticleStatus.PUBLISHED;
		publishedVersion = workingVersion;
		publishedAt = now;
		reviewNote = null;
		updatedAt = now;
		return new ArticlePublished(id, workingVersion, chapter.key(), content.category(), now);
	}

	void sendBack(String reason, Instant now) {
		requireInReview();
		if (reason == null || reason.isBlank()) {
			throw new InvalidInput("reason", "say what the author should change");
		}
		status = ArticleStatus.DRAFT;
		reviewNote = reason.strip();
		updatedAt = now;
	}

	/** Takes the article out of use: no store reads it any more, search and the chatbot stop offering it. */
	ArticleRetired retire(Instant now) {
		if (publishedVersion == null) {
			throw new Conflict("status", "Only a published article can be retired; this one is " + status + ".");
		}
		status = ArticleStatus.RETIRED;
		publishedVersion = null;
		updatedAt = now;
		return new ArticleRetired(id, chapter.key(), now);
	}

	private void requireInReview() {
		if (status != ArticleStatus.IN_REVIEW) {
			throw new Conflict("status", "The article is not in review (it is " + status + ").");
		}
	}

	/** What the audit trail keeps of it (no file contents). */
	Map<String, Object> snapshot() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("chapter", chapter.key());
		s.put("replaces", replaces);
		s.put("status", status.name());
		s.put("workingVersion", workingVersion);
		s.put("publishedVersion", publishedVersion);
		s.put("title", content.title());
		s.put("category", content.category());
		s.put("reviewNote", reviewNote);
		return s;
	}

	boolean live() {
		return publishedVersion != null;
	}

	Long id() {
		return id;
	}

	Chapter chapter() {
		return chapter;
	}

	Long replaces() {
		return replaces;
	}

	ArticleStatus status() {
		return status;
	}

	int workingVersion() {
		return workingVersion;
	}

	Integer publishedVersion() {
		return publishedVersion;
	}

	String reviewNote() {
		return reviewNote;
	}

	String submittedBy() {
		return submittedBy;
	}

	String createdBy() {
		return createdBy;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	Instant publishedAt() {
		return publishedAt;
	}

	int rowVersion() {
		return rowVersion;
	}

	ArticleContent content() {
		return content;
	}

	boolean hasNewVersion() {
		return newVersion;
	}
}
