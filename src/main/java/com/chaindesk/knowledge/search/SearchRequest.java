package com.chaindesk.knowledge.search;

import java.util.Set;

import com.chaindesk.knowledge.ArticleKind;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.jspecify.annotations.Nullable;

/**
 * One search as the index runs it, with the reader's visibility already worked out.
 *
 * @param chapters the chapters the reader sees, or null for every chapter (HQ)
 * @param hidden articles replaced, for this reader, by a local article
 * @param vector the question's embedding, or null when the model is not ready
 */
record SearchRequest(String text, @Nullable Set<String> chapters, Set<Long> hidden, @Nullable ArticleKind kind,
		@Nullable String category, @Nullable String chapter, int limit, SynonymMap synonyms, float @Nullable [] vector) {
}
