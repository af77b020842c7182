package com.chaindesk.knowledge;

/**
 * An image shown in an article or a file attached to it.
 *
 * @param purpose {@code IMAGE} (shown inline, Markdown {@code ![](/knowledge/files/<id>)}) or {@code ATTACHMENT}
 */
public record ArticleFileRef(long id, long articleId, String purpose, String filename, String mediaType, int size) {

	public String url() {
		return "/knowledge/files/" + id;
	}
}
