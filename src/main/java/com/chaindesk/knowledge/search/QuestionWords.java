package com.chaindesk.knowledge.search;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;

/**
 * A question cut into words with the reader's synonyms: one query per word position (a word's synonyms share its
 * position), all of them together, and the error codes it names. Kept per question and synonym list, as the
 * question's vector is: stores ask the same questions again and again, and cutting Chinese into words is not free.
 *
 * @param words every word of the question, for marking them in snippets; null when nothing searchable is left
 * @param groups one query per word position
 * @param codes the error codes named, or null
 */
record QuestionWords(@Nullable Query words, List<Query> groups, @Nullable Query codes) {

	private static final int KEPT = 20_000;
	/** Read without a lock, as every search looks here; past the limit an arbitrary question makes room. */
	private static final Map<Key, QuestionWords> KNOWN = new ConcurrentHashMap<>();

	/** Synonym maps are compiled once per list and compared by identity. */
	private record Key(String text, SynonymMap synonyms) {
	}

	static QuestionWords of(String text, SynonymMap synonyms) {
		Key key = new Key(text, synonyms);
		QuestionWords known = KNOWN.get(key);
		if (known != null) {
			return known;
		}
		Query words = new QueryBuilder(StoreTextAnalyzer.forQuery(synonyms)).createBooleanQuery(ArticleIndex.WORDS, text,
				Occur.SHOULD);
		Set<String> codes = ErrorCodes.in(text);
		QuestionWords cut = new QuestionWords(words, clauses(words),
				codes.isEmpty() ? null : new TermInSetQuery(ArticleIndex.CODE, codes.stream().map(BytesRef::new).toList()));
		if (KNOWN.size() >= KEPT) {
			KNOWN.keySet().stream().findAny().ifPresent(KNOWN::remove);
		}
		KNOWN.put(key, cut);
		return cut;
	}

	private static List<Query> clauses(@Nullable Query query) {
		if (query == null) {
			return List.of();
		}
		if (query instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() == 0
				&& bool.clauses().stream().allMatch(c -> c.occur() == Occur.SHOULD)) {
			return bool.clauses().stream().map(BooleanClause::query).toList();
		}
		return List.of(query);
	}
}
