package com.chaindesk.knowledge;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A published article opened by a reader.
 *
 * @param replacedBy the local article that stands in for this HQ one in the reader's region or store, if any
 * @param myVote the reader's own vote (true helpful, false not), or null
 */
public record ReaderArticle(ArticleView article, @Nullable Long replaces, @Nullable Long replacedBy,
		@Nullable Boolean myVote, List<ArticleFileRef> files) {
}
