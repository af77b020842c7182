package com.chaindesk.knowledge.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import com.chaindesk.knowledge.ArticleHit;
import com.chaindesk.knowledge.ArticleKind;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * The Lucene index of published articles on this instance: one document per article, written as articles change and
 * searchable near-real-time (after {@link #refresh()}). Ranks by the fused {@link RelevanceScore}, filtered to what the
 * reader may see, with highlighted snippets. Knows nothing of Spring, scopes or the model, so the benchmark drives it
 * as the application does.
 */
final class ArticleIndex implements Closeable {

	static final String ID = "id";
	static final String TITLE = "title";
	static final String BODY = "body";
	/** Title, tags and body as one field: what a question's words are matched and ranked against. */
	static final String WORDS = "words";
	static final String CODE = "code";
	static final String CHAPTER = "chapter";
	static final String CATEGORY = "category";
	static final String KIND = "kind";
	static final String LANGUAGE = "language";
	static final String VERSION = "version";
	static final String VECTOR = "vector";

	/** Body text with offsets in the postings, so highlighting reads them instead of cutting the text again. */
	private static final FieldType BODY_TYPE = bodyType();
	/** Words counted for ranking; no positions (no query here needs them) and not stored. */
	private static final FieldType WORDS_TYPE = wordsType();
	private static final float CODE_BOOST = 20f;
	private static final int KEPT_FILTERS = 1_000;
	/** The stored fields a hit shows; the body only for a snippet. */
	private static final Set<String> SHOWN = Set.of(ID, TITLE, KIND, CATEGORY, CHAPTER, LANGUAGE);
	private static final Set<String> SHOWN_WITH_BODY = Set.of(ID, TITLE, KIND, CATEGORY, CHAPTER, LANGUAGE, BODY);

	private final Path path;
	private final boolean temporary;
	private final Directory directory;
	private final IndexWriter writer;
	private final SearcherManager searchers;
	private final StoreTextAnalyzer indexAnalyzer = StoreTextAnalyzer.forIndex();
	/** Local articles that stand in for another one: article id -> (its chapter, the replaced id). */
	private final Map<Long, Replacement> replacements = new ConcurrentHashMap<>();
	/**
	 * The same by chapter: chapter -> (article id -> replaced id). Every search asks which articles its three chapters
	 * hide; going through all replacements of the chain instead cost more than the search itself.
	 */
	private final Map<String, Map<Long, Long>> replacementsByChapter = new ConcurrentHashMap<>();
	/** The readers' filters (see {@link #filter}); replaced by an empty map whenever a replacement changes. */
	private volatile Map<SearchRequest.Visible, Optional<Query>> filters = new ConcurrentHashMap<>();
	/** The ids of the articles in the index, to drop the ones a rebuild no longer finds published. */
	private final Set<Long> indexed = ConcurrentHashMap.newKeySet();

	record Replacement(String chapter, long replaced) {
	}

	/**
	 * Lucene's query cache keeps the readers' filters and nothing else. A filter (the chapters a store reads, the
	 * articles they hide, kind, category) is the same for every search of one store, and it is the costliest part of a
	 * search to evaluate: the filtered kNN turns it into a bit set on every query, and words are scored under it. A
	 * question's own word queries are seldom asked twice and would only crowd the cache.
	 */
	private static final QueryCachingPolicy FILTERS_ONLY = new QueryCachingPolicy() {
		@Override
		public void onUse(Query query) {
		}

		@Override
		public boolean shouldCache(Query query) {
			return query instanceof ReaderFilter;
		}
	};

	/**
	 * The filters' cache, shared by the searchers of this index. Lucene's default leaves segments under 10,000
	 * articles uncached, and a rebuild writes 100,000 articles as several smaller segments.
	 */
	private final LRUQueryCache filterCache = new LRUQueryCache(256, 32L << 20, leaf -> leaf.reader().maxDoc() >= 1_000, 250f);

	ArticleIndex(Path path, boolean temporary) {
		this.path = path;
		this.temporary = temporary;
		try {
			this.directory = FSDirectory.open(path);
			IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
					.setRAMBufferSizeMB(256);
			this.writer = new IndexWriter(directory, config);
			this.searchers = new SearcherManager(writer, new SearcherFactory() {
				@Override
				public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
					IndexSearcher searcher = new IndexSearcher(reader);
					searcher.setQueryCache(filterCache);
					searcher.setQueryCachingPolicy(FILTERS_ONLY);
					return searcher;
				}
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Adds the article or replaces the copy indexed before. {@code vector} may be null (no embedding yet). */
	void put(IndexedArticle article, float @Nullable [] vector) {
		Document doc = new Document();
		doc.add(new StringField(ID, Long.toString(article.id()), Field.Store.YES));
		doc.add(new StoredField(VERSION, article.version()));
		doc.add(new StoredField(TITLE, article.title()));
		doc.add(new Field(BODY, article.text(), BODY_TYPE));
		// One field for the words, not one per part: ranking a question's words in title and body apart walked each
		// word's postings twice, and judging the candidates by title, tags and body three times.
		doc.add(new Field(WORDS, article.title() + "\n" + String.join(" ", article.tags()) + "\n" + article.text(), WORDS_TYPE));
		Set<String> codes = new LinkedHashSet<>();
		article.errorCodes().forEach(code -> codes.add(ErrorCodes.normal(code)));
		codes.addAll(ErrorCodes.in(article.title()));
		codes.addAll(ErrorCodes.in(article.text()));
		codes.forEach(code -> doc.add(new StringField(CODE, code, Field.Store.NO)));
		doc.add(new StringField(CHAPTER, article.chapter(), Field.Store.YES));
		doc.add(new StringField(CATEGORY, article.category(), Field.Store.YES));
		doc.add(new StringField(KIND, article.kind().name(), Field.Store.YES));
		doc.add(new StoredField(LANGUAGE, article.language()));
		if (vector != null && hasLength(vector)) {
			doc.add(new KnnFloatVectorField(VECTOR, unit(vector), VectorSimilarityFunction.DOT_PRODUCT));
		}
		try {
			writer.updateDocument(new Term(ID, Long.toString(article.id())), doc);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		indexed.add(article.id());
		if (article.replaces() != null) {
			noteReplacement(article.id(), new Replacement(article.chapter(), article.replaces()));
		}
		else {
			noteReplacement(article.id(), null);
		}
	}

	/** Keeps both views of the replacements in step: an article's replacement set, changed or gone. */
	private synchronized void noteReplacement(long articleId, @Nullable Replacement replacement) {
		Replacement before = replacement == null ? replacements.remove(articleId) : replacements.put(articleId, replacement);
		if (before != null) {
			Map<Long, Long> inChapter = replacementsByChapter.get(before.chapter());
			if (inChapter != null) {
				inChapter.remove(articleId);
			}
		}
		if (replacement != null) {
			replacementsByChapter.computeIfAbsent(replacement.chapter(), c -> new ConcurrentHashMap<>())
					.put(articleId, replacement.replaced());
		}
		if (before != null || replacement != null) {
			// After the change, so that a filter built from the old replacements lands in the map let go of.
			filters = new ConcurrentHashMap<>();
		}
	}

	void remove(long articleId) {
		try {
			writer.deleteDocuments(new Term(ID, Long.toString(articleId)));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		noteReplacement(articleId, null);
		indexed.remove(articleId);
	}

	/** Takes out every article not in {@code published} (after a rebuild: retired while this instance was not told). */
	int retainOnly(Set<Long> published) {
		List<Long> gone = indexed.stream().filter(id -> !published.contains(id)).toList();
		gone.forEach(this::remove);
		return gone.size();
	}

	/** Makes every change so far visible to searches. */
	void refresh() {
		try {
			searchers.maybeRefreshBlocking();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Writes a finished rebuild out as one segment. Every query looks its words up and walks a vector graph once per
	 * segment, and a rebuild of 100,000 articles leaves about 17 of them: merged into one, a search cost half the CPU
	 * (9.8 -> 5.2 ms) for 25 s more of rebuilding, while searches go on against the segments before the merge.
	 * Articles published afterwards add small segments that the merge policy folds in as usual.
	 */
	void settle() {
		try {
			writer.forceMerge(1);
			writer.commit();
			refresh();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	int size() {
		return withSearcher(searcher -> searcher.getIndexReader().numDocs());
	}

	/** The articles that local articles in these chapters stand in for. */
	Set<Long> replacedWithin(Collection<String> chapters) {
		Set<Long> hidden = new LinkedHashSet<>();
		for (String chapter : chapters) {
			Map<Long, Long> inChapter = replacementsByChapter.get(chapter);
			if (inChapter != null) {
				hidden.addAll(inChapter.values());
			}
		}
		return hidden;
	}

	<T> T withSearcher(Function<IndexSearcher, T> work) {
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				return work.apply(searcher);
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	List<ArticleHit> search(SearchRequest request) {
		return withSearcher(searcher -> {
			try {
				return search(searcher, request);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	private List<ArticleHit> search(IndexSearcher searcher, SearchRequest request) throws IOException {
		@Nullable Query filter = filter(request.visible());
		QuestionWords question = QuestionWords.of(request.text(), request.synonyms());
		List<Query> groups = question.groups();
		Query codeQuery = question.codes();

		// Ranking by words is one disjunction of the question's words (what Lucene's max-score pruning does best: a
		// word too common to lift a candidate into the top is skipped, not scored for most of the index). The
		// per-word groups then judge the few candidates.
		BooleanQuery.Builder lexical = new BooleanQuery.Builder();
		groups.forEach(group -> lexical.add(group, Occur.SHOULD));
		if (codeQuery != null) {
			lexical.add(new BoostQuery(codeQuery, CODE_BOOST), Occur.SHOULD);
		}
		int candidates = Math.max(request.limit() * 3, 30);
		Map<Integer, FusedScoring.Candidate> found = new HashMap<>();
		if (!groups.isEmpty() || codeQuery != null) {
			BooleanQuery.Builder ranked = new BooleanQuery.Builder().add(lexical.build(), Occur.MUST);
			if (filter != null) {
				ranked.add(filter, Occur.FILTER);
			}
			// Counting no hits past the candidates lets the max-score pruning start at once: by default the collector
			// counts the first thousand matches exactly, scoring each, before it lets a word be skipped.
			for (ScoreDoc hit : searcher.search(ranked.build(), new TopScoreDocCollectorManager(candidates, candidates)).scoreDocs) {
				found.computeIfAbsent(hit.doc, FusedScoring.Candidate::new).bm25 = hit.score;
			}
		}
		if (request.vector() != null) {
			float[] asked = unit(request.vector());
			int neighbours = Math.max(request.limit() * 2, 20);
			for (ScoreDoc hit : searcher.search(new KnnFloatVectorQuery(VECTOR, asked, neighbours, filter), neighbours).scoreDocs) {
				// DOT_PRODUCT scores unit vectors as (1 + cosine) / 2.
				found.computeIfAbsent(hit.doc, FusedScoring.Candidate::new).cosine = 2 * hit.score - 1;
			}
			List<FusedScoring.Candidate> unscored = found.values().stream().filter(c -> Double.isNaN(c.cosine))
					.sorted(Comparator.comparingInt(c -> c.doc)).toList();
			FusedScoring.cosines(searcher.getIndexReader(), unscored, asked);
		}
		if (found.isEmpty()) {
			return List.of();
		}
		List<FusedScoring.Candidate> ordered = new ArrayList<>(found.values());
		ordered.sort(Comparator.comparingInt(c -> c.doc));
		FusedScoring.score(searcher, groups, codeQuery, ordered);
		ordered.sort(Comparator.comparingDouble((FusedScoring.Candidate c) -> c.score).reversed()
				.thenComparing(Comparator.comparingDouble((FusedScoring.Candidate c) -> c.bm25).reversed()).thenComparingInt(c -> c.doc));
		List<FusedScoring.Candidate> best = ordered.subList(0, Math.min(request.limit(), ordered.size()));
		return hits(searcher, question.words(), best, request.snippets());
	}

	/**
	 * What the reader may see, or null when that is every article. Kept per reader until a local replacement changes:
	 * the articles a store's chapters hide are a few hundred ids at 100,000 articles, and turning them into a query
	 * for every search cost more than the vector search.
	 */
	private @Nullable Query filter(SearchRequest.Visible visible) {
		Map<SearchRequest.Visible, Optional<Query>> known = filters;
		Optional<Query> filter = known.get(visible);
		if (filter == null) {
			if (known.size() >= KEPT_FILTERS) {
				known.clear();
			}
			filter = Optional.ofNullable(filterOf(visible));
			known.put(visible, filter);
		}
		return filter.orElse(null);
	}

	private @Nullable Query filterOf(SearchRequest.Visible visible) {
		List<Query> narrowing = new ArrayList<>();
		if (visible.chapters() != null) {
			narrowing.add(new TermInSetQuery(CHAPTER, visible.chapters().stream().map(BytesRef::new).toList()));
		}
		if (visible.chapter() != null) {
			narrowing.add(new TermQuery(new Term(CHAPTER, visible.chapter())));
		}
		if (visible.kind() != null) {
			narrowing.add(new TermQuery(new Term(KIND, visible.kind().name())));
		}
		if (visible.category() != null) {
			// A category also finds its sub-categories: "printer" finds "printer-receipt".
			narrowing.add(new BooleanQuery.Builder().add(new TermQuery(new Term(CATEGORY, visible.category())), Occur.SHOULD)
					.add(new PrefixQuery(new Term(CATEGORY, visible.category() + "-")), Occur.SHOULD).build());
		}
		Set<Long> hidden = replacedWithin(visible.local());
		if (narrowing.isEmpty() && hidden.isEmpty()) {
			return null;
		}
		BooleanQuery.Builder filter = new BooleanQuery.Builder();
		// A boolean query needs something to match before it can take the hidden articles away.
		(narrowing.isEmpty() ? List.<Query>of(MatchAllDocsQuery.INSTANCE) : narrowing).forEach(q -> filter.add(q, Occur.FILTER));
		if (!hidden.isEmpty()) {
			filter.add(new TermInSetQuery(ID, hidden.stream().map(id -> new BytesRef(Long.toString(id))).toList()),
					Occur.MUST_NOT);
		}
		return new ReaderFilter(filter.build());
	}

	/** The hits as shown, the first {@code withSnippet} with a snippet; each hit's stored fields are read once. */
	private List<ArticleHit> hits(IndexSearcher searcher, @Nullable Query question, List<FusedScoring.Candidate> best,
			int withSnippet) throws IOException {
		StoredFields stored = searcher.storedFields();
		List<Document> docs = new ArrayList<>();
		Map<Integer, String> bodies = new HashMap<>();
		for (int i = 0; i < best.size(); i++) {
			int doc = best.get(i).doc;
			docs.add(stored.document(doc, i < withSnippet ? SHOWN_WITH_BODY : SHOWN));
			if (i < withSnippet) {
				bodies.put(doc, docs.get(i).get(BODY));
			}
		}
		String[] snippets = Snippets.of(searcher, indexAnalyzer, question,
				best.stream().limit(withSnippet).mapToInt(c -> c.doc).toArray(), bodies);
		List<ArticleHit> hits = new ArrayList<>();
		for (int i = 0; i < best.size(); i++) {
			Document doc = docs.get(i);
			hits.add(new ArticleHit(Long.parseLong(doc.get(ID)), doc.get(TITLE), i >= snippets.length || snippets[i] == null ? "" : snippets[i],
					Math.round(best.get(i).score * 1000) / 1000.0, ArticleKind.valueOf(doc.get(KIND)), doc.get(CATEGORY),
					doc.get(CHAPTER), doc.get(LANGUAGE)));
		}
		return hits;
	}

	private static boolean hasLength(float[] vector) {
		for (float v : vector) {
			if (v != 0) {
				return true;
			}
		}
		return false;
	}

	private static float[] unit(float[] vector) {
		double norm = 0;
		for (float v : vector) {
			norm += v * v;
		}
		norm = Math.sqrt(norm);
		float[] out = new float[vector.length];
		for (int i = 0; i < vector.length; i++) {
			out[i] = norm == 0 ? 0 : (float) (vector[i] / norm);
		}
		return out;
	}

	@Override
	public void close() throws IOException {
		searchers.close();
		writer.close();
		directory.close();
		if (temporary) {
			try (var files = java.nio.file.Files.walk(path)) {
				files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
			}
		}
	}

	private static FieldType bodyType() {
		FieldType type = new FieldType(TextField.TYPE_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

	private static FieldType wordsType() {
		FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
		type.freeze();
		return type;
	}
}
