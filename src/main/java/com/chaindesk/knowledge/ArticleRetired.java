package com.chaindesk.knowledge;

import java.time.Instant;

/** An article was taken out of use; search and the chatbot must stop offering it. */
public record ArticleRetired(long articleId, String chapter, Instant at) {
}
