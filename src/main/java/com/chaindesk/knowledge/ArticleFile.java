package com.chaindesk.knowledge;

/** An image or attachment with its bytes, to serve. */
public record ArticleFile(ArticleFileRef ref, byte[] content) {
}
