package com.chaindesk.knowledge.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * The snippet of each hit: the sentence of its body (about {@link #LENGTH} characters) where the question's words are,
 * marked, found through the body's postings (the words are asked of the ranking field, which holds the same words
 * as the body and more). Lucene's highlighter with two changes that cost nothing in what it shows:
 * <ul>
 * <li>bodies come from the stored fields the hit was read with, not read and decompressed a second time;</li>
 * <li>a passage is scored as Lucene scores it, without the 32 KB term hash Lucene's scorer allocates for every
 * sentence it weighs: that hash was a sixth of all the memory a search allocated.</li>
 * </ul>
 * Not through the query's matches ("weight matches", the highlighter's default): those wrap the shared segment
 * reader in a new reader for every hit, and each wrapper registers with it under one lock, so at 200 searches a
 * second the requests queued on that lock for seconds (Lucene issue 14999). The question is a disjunction of words,
 * which both ways mark alike.
 */
final class Snippets {

	static final int LENGTH = 110;
	private static final PassageScorer SCORER = new WithoutTermHash();

	private Snippets() {
	}

	/**
	 * @param docs the hits, best first
	 * @param bodies each hit's body text by doc id
	 */
	static String[] of(IndexSearcher searcher, Analyzer analyzer, @Nullable Query question, int[] docs,
			Map<Integer, String> bodies) throws IOException {
		if (docs.length == 0) {
			return new String[0];
		}
		UnifiedHighlighter highlighter = new UnifiedHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
				.withWeightMatches(false)
				.withFieldMatcher(field -> field.equals(ArticleIndex.WORDS) || field.equals(ArticleIndex.BODY))
				.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
				.withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
						BreakIterator.getSentenceInstance(Locale.ROOT), LENGTH, 0.3f))
				.withScorer(SCORER)
				.withMaxLength(20_000)) {

			@Override
			protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
					int cacheCharsThreshold) throws IOException {
				List<CharSequence[]> values = new ArrayList<>();
				for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
					String body = bodies.get(doc);
					values.add(new CharSequence[] { body == null ? null : cut(body) });
				}
				return values;
			}
		};
		ScoreDoc[] hits = Arrays.stream(docs).mapToObj(doc -> new ScoreDoc(doc, 0)).toArray(ScoreDoc[]::new);
		return highlighter.highlight(ArticleIndex.BODY, question == null ? MatchAllDocsQuery.INSTANCE : question,
				new TopDocs(new TotalHits(hits.length, TotalHits.Relation.EQUAL_TO), hits), 1);
	}

	/** As much of a body as the highlighter reads (a very long article is marked in its first part). */
	private static String cut(String body) {
		return body.length() <= 20_000 ? body : body.substring(0, 20_000);
	}

	/** Lucene's passage score: each distinct word's frequency in the passage weighted by its frequency in the body. */
	private static final class WithoutTermHash extends PassageScorer {

		@Override
		public float score(Passage passage, int contentLength) {
			int matches = passage.getNumMatches();
			BytesRef[] terms = passage.getMatchTerms();
			int[] inDoc = passage.getMatchTermFreqsInDoc();
			// A passage holds a handful of matches: finding a word's first match by a scan is cheaper than a hash.
			double score = 0;
			for (int i = 0; i < matches; i++) {
				int first = i;
				for (int j = 0; j < i; j++) {
					if (terms[j].bytesEquals(terms[i])) {
						first = j;
						break;
					}
				}
				if (first != i) {
					continue;
				}
				int inPassage = 1;
				for (int j = i + 1; j < matches; j++) {
					if (terms[j].bytesEquals(terms[i])) {
						inPassage++;
					}
				}
				score += tf(inPassage, passage.getLength()) * weight(contentLength, inDoc[i]);
			}
			return (float) (score * norm(passage.getStartOffset()));
		}
	}
}
