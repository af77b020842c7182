package com.chaindesk.knowledge;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An article as its authors and reviewers see it: the working version's content and where it stands.
 *
 * @param version the article's lock version: send it back with the next change; a stale one is refused with 409
 * @param workingVersion the number of the version being worked on (the newest)
 * @param publishedVersion the number of the version stores read now, or null when nothing is live
 * @param reviewNote why the reviewer sent it back, or null
 * @param mayEdit whether the reader may write a new version
 * @param mayReview whether the reader may approve or send back (it is in review and the reader reviews its chapter)
 */
public record ArticleDetail(long id, String chapter, @Nullable Long replaces, ArticleStatus status, int version,
		int workingVersion, @Nullable Integer publishedVersion, @Nullable String reviewNote,
		@Nullable String submittedBy, String createdBy, Instant createdAt, Instant updatedAt,
		@Nullable Instant publishedAt, ArticleContent content, boolean mayEdit, boolean mayReview) {
}
