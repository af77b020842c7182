package com.chaindesk.knowledge.search;

import java.util.Set;

import com.chaindesk.knowledge.ArticleKind;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.jspecify.annotations.Nullable;

/**
 * One search as the index runs it, with the reader's visibility already worked out.
 *
 * @param chapters the chapters the reader sees, or null for every chapter (HQ)
 * @param local the chapters whose local articles hide, for this reader, the articles they replace
 * @param snippets how many of the best hits get a snippet (each costs a look at the article's words)
 * @param vector the question's embedding, or null when the model is not ready
 */
record SearchRequest(String text, @Nullable Set<String> chapters, Set<String> local, @Nullable ArticleKind kind,
		@Nullable String category, @Nullable String chapter, int limit, int snippets, SynonymMap synonyms,
		float @Nullable [] vector) {

	/** What a search is filtered by: the same for every search of one reader. */
	record Visible(@Nullable Set<String> chapters, Set<String> local, @Nullable ArticleKind kind,
			@Nullable String category, @Nullable String chapter) {
	}

	Visible visible() {
		return new Visible(chapters, local, kind, category, chapter);
	}
}
