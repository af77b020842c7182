package com.chaindesk.knowledge.search;

import java.io.IOException;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * The articles one reader may see (chapters, kind, category, minus what local articles replace), as a query that
 * stays recognisable after Lucene rewrites it, so the index's query cache keeps its matches as a bit set. A plain
 * boolean filter is rewritten into other shapes before the cache sees it (a match-all clause becomes a constant
 * score query, clauses are unwrapped), and then it was evaluated from the postings on every search: turning it
 * into a bit set for the vector search alone took a fifth of a search's CPU, 100,000 articles at a time.
 */
final class ReaderFilter extends Query {

	private final Query clauses;

	/** {@code clauses}: a boolean query of FILTER clauses (at least one) and MUST_NOT clauses. */
	ReaderFilter(BooleanQuery clauses) {
		this((Query) clauses);
	}

	private ReaderFilter(Query clauses) {
		this.clauses = clauses;
	}

	@Override
	public Query rewrite(IndexSearcher searcher) throws IOException {
		Query rewritten = clauses.rewrite(searcher);
		return rewritten == clauses ? this : new ReaderFilter(rewritten);
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
		// The weight answers for this query, so that the cache keys the bit set by it.
		return new FilterWeight(this, searcher.createWeight(clauses, ScoreMode.COMPLETE_NO_SCORES, boost)) {
		};
	}

	@Override
	public void visit(QueryVisitor visitor) {
		clauses.visit(visitor.getSubVisitor(Occur.FILTER, this));
	}

	@Override
	public String toString(String field) {
		return "readerFilter(" + clauses.toString(field) + ")";
	}

	@Override
	public boolean equals(Object other) {
		return sameClassAs(other) && clauses.equals(((ReaderFilter) other).clauses);
	}

	@Override
	public int hashCode() {
		return 31 * classHash() + clauses.hashCode();
	}
}
