package com.chaindesk.knowledge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.VectorUtil;
import org.jspecify.annotations.Nullable;

/**
 * Judges the few candidates a search found by words and by vector: each one's share of the question's words (weighted
 * by how telling each word is), whether it names the question's error code, and its cosine to the question, fused into
 * one {@link RelevanceScore}. Candidates are kept in doc order so every pass over a segment only moves forward.
 */
final class FusedScoring {

	private FusedScoring() {
	}

	/** Works out each candidate's share of the question's words, its code match, and so its fused score. */
	static void score(IndexSearcher searcher, List<Query> groups, @Nullable Query codeQuery, List<Candidate> candidates)
			throws IOException {
		IndexReader reader = searcher.getIndexReader();
		List<LeafReaderContext> leaves = reader.leaves();
		double[] weights = new double[groups.size()];
		double total = 0;
		for (int i = 0; i < groups.size(); i++) {
			weights[i] = rarity(reader, groups.get(i));
			total += weights[i];
		}
		List<Weight> matchers = new ArrayList<>();
		for (Query group : groups) {
			matchers.add(searcher.createWeight(searcher.rewrite(group), ScoreMode.COMPLETE_NO_SCORES, 1f));
		}
		Weight codes = codeQuery == null ? null
				: searcher.createWeight(searcher.rewrite(codeQuery), ScoreMode.COMPLETE_NO_SCORES, 1f);
		// Candidates are in doc order: one pass per word and segment, each matcher only moving forward.
		double[] matched = new double[candidates.size()];
		boolean[] codeMatched = new boolean[candidates.size()];
		for (int i = 0; i < matchers.size(); i++) {
			double weight = weights[i];
			markMatches(matchers.get(i), leaves, candidates, at -> matched[at] += weight);
		}
		if (codes != null) {
			markMatches(codes, leaves, candidates, at -> codeMatched[at] = true);
		}
		for (int at = 0; at < candidates.size(); at++) {
			Candidate candidate = candidates.get(at);
			candidate.score = RelevanceScore.of(total == 0 ? 0 : matched[at] / total, candidate.cosine, codeMatched[at]);
		}
	}

	/** Calls {@code hit} with the position of every candidate (sorted by doc) that {@code weight} matches. */
	private static void markMatches(Weight weight, List<LeafReaderContext> leaves, List<Candidate> candidates,
			IntConsumer hit) throws IOException {
		int at = 0;
		while (at < candidates.size()) {
			LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(candidates.get(at).doc, leaves));
			int end = leaf.docBase + leaf.reader().maxDoc();
			Scorer scorer = weight.scorer(leaf);
			if (scorer == null) {
				while (at < candidates.size() && candidates.get(at).doc < end) {
					at++;
				}
				continue;
			}
			TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
			DocIdSetIterator docs = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
			while (at < candidates.size() && candidates.get(at).doc < end) {
				int local = candidates.get(at).doc - leaf.docBase;
				int current = docs.docID();
				if (current < local) {
					current = docs.advance(local);
				}
				if (current == local && (twoPhase == null || twoPhase.matches())) {
					hit.accept(at);
				}
				at++;
			}
		}
	}

	/**
	 * How much a word of the question says: the inverse document frequency of its rarest form found in the index
	 * (a word with synonyms is as telling as its most specific form). A word no article has still counts, as the
	 * rarest of all: an article cannot answer what it does not mention.
	 */
	private static double rarity(IndexReader reader, Query group) throws IOException {
		Set<Term> terms = new HashSet<>();
		group.visit(QueryVisitor.termCollector(terms));
		int docs = Math.max(reader.numDocs(), 1);
		double best = 0;
		boolean any = false;
		for (Term term : terms) {
			if (!term.field().equals(ArticleIndex.WORDS)) {
				continue;
			}
			int frequency = reader.docFreq(term);
			if (frequency > 0) {
				best = Math.max(best, idf(frequency, docs));
				any = true;
			}
		}
		return any ? best : idf(0, docs);
	}

	private static double idf(int frequency, int docs) {
		return Math.log(1 + (docs - frequency + 0.5) / (frequency + 0.5));
	}

	/** The cosine of each candidate (sorted by doc) that words found but the vector search did not. */
	static void cosines(IndexReader reader, List<Candidate> candidates, float[] question) throws IOException {
		List<LeafReaderContext> leaves = reader.leaves();
		int at = 0;
		while (at < candidates.size()) {
			LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(candidates.get(at).doc, leaves));
			int end = leaf.docBase + leaf.reader().maxDoc();
			FloatVectorValues values = leaf.reader().getFloatVectorValues(ArticleIndex.VECTOR);
			KnnVectorValues.DocIndexIterator iterator = values == null ? null : values.iterator();
			for (; at < candidates.size() && candidates.get(at).doc < end; at++) {
				int local = candidates.get(at).doc - leaf.docBase;
				if (iterator != null && (iterator.docID() == local || iterator.docID() < local && iterator.advance(local) == local)) {
					candidates.get(at).cosine = VectorUtil.dotProduct(values.vectorValue(iterator.index()), question);
				}
			}
		}
	}

	/** An article found by words, by vector or both, with what is known of it so far. */
	static final class Candidate {

		final int doc;
		float bm25;
		double cosine = Double.NaN;
		double score;

		Candidate(int doc) {
			this.doc = doc;
		}
	}
}
