package com.chaindesk.knowledge;

/** How readers in a scope judged an article over a period. */
public record ArticleHelpfulness(long articleId, String title, long views, long helpful, long notHelpful) {
}
