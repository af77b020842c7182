package com.chaindesk.knowledge;

/**
 * Where an article's working version stands: written ({@code DRAFT}), waiting for its chapter's reviewer
 * ({@code IN_REVIEW}), live ({@code PUBLISHED}) or taken out of use ({@code RETIRED}). A published article that gets a
 * new draft stays live with its last published version until the draft is approved.
 */
public enum ArticleStatus {
	DRAFT, IN_REVIEW, PUBLISHED, RETIRED
}
