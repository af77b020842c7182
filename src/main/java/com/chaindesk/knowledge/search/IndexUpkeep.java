package com.chaindesk.knowledge.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.chaindesk.platform.ClusterSignals;
import dev.langchain4j.model.embedding.EmbeddingModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps this instance's index equal to what is published. Once its signal connection listens (at start, and again
 * after a lost connection) it rebuilds the index from the database in the background; searches meanwhile answer
 * from what is indexed so far (refreshed every batch) rather than wait, because a chatbot answer from most articles
 * beats no answer for a minute. After that, a signal on
 * {@value #CHANNEL} (sent by whichever instance published or retired an article, delivered when that commits) makes
 * every instance, this one included, read that one article again and update its index, visible at once.
 * <p>
 * Vectors are read from the database, never computed during a rebuild; only versions that have none yet (published
 * while the model could not load) are embedded afterwards, once, and announced like a publication.
 */
@Component
class IndexUpkeep implements SmartLifecycle {

	static final String CHANNEL = "chaindesk_knowledge";
	private static final int BATCH = 500;
	private static final Logger log = LoggerFactory.getLogger(IndexUpkeep.class);

	private final ArticleIndex index;
	private final PublishedArticleSource source;
	private final ArticleVectors vectors;
	private final ClusterSignals signals;
	/** One writer thread keeps updates of the same article in the order they were heard. */
	private final ExecutorService updates = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("knowledge-index").factory());
	/** Articles updated from a signal while a rebuild runs: the rebuild's older copy must not overwrite them. */
	private final Set<Long> updatedDuringRebuild = ConcurrentHashMap.newKeySet();
	private volatile boolean rebuilding;
	private volatile boolean rebuiltOnce;
	private volatile boolean running;

	IndexUpkeep(ArticleIndex index, PublishedArticleSource source, ArticleVectors vectors, ClusterSignals signals) {
		this.index = index;
		this.source = source;
		this.vectors = vectors;
		this.signals = signals;
	}

	@Override
	public void start() {
		running = true;
		// The index is built when the signal connection says it listens (and again whenever it reconnects), not here:
		// an article published between a rebuild's reading and the first LISTEN would otherwise never be seen.
		signals.listen(CHANNEL, this::heard);
		ArticleEmbeddings.load();
	}

	@Override
	public void stop() {
		running = false;
		updates.shutdownNow();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Whether the index has been built from the database since this instance started. */
	boolean ready() {
		return rebuiltOnce && !rebuilding;
	}

	private void heard(String payload) {
		if (payload == null) {
			// Listening (again): at start, or after a lost connection in which changes may have been missed.
			Thread.ofPlatform().daemon().name("knowledge-rebuild").start(this::rebuild);
			return;
		}
		long articleId;
		try {
			articleId = Long.parseLong(payload.strip());
		}
		catch (NumberFormatException e) {
			log.warn("Ignoring a knowledge signal that names no article: {}", payload);
			return;
		}
		updates.execute(() -> update(articleId));
	}

	/** Reads one article as published now and puts it into the index, or takes it out. */
	void update(long articleId) {
		try {
			if (rebuilding) {
				updatedDuringRebuild.add(articleId);
			}
			Optional<IndexedArticle> article = source.published(articleId);
			if (article.isPresent()) {
				index.put(article.get(), vectors.find(articleId, article.get().version()).orElse(null));
			}
			else {
				index.remove(articleId);
			}
			index.refresh();
		}
		catch (RuntimeException e) {
			log.error("Could not update article {} in the search index", articleId, e);
		}
	}

	synchronized void rebuild() {
		long started = System.nanoTime();
		rebuilding = true;
		updatedDuringRebuild.clear();
		Map<Long, Integer> missing = new ConcurrentHashMap<>();
		Set<Long> published = new HashSet<>();
		AtomicInteger count = new AtomicInteger();
		// Batches are cut into words and put into the vector graph on every core; a few wait in line at most.
		int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
		ExecutorService writers = Executors.newFixedThreadPool(cores, Thread.ofPlatform().daemon().name("knowledge-rebuild-", 0).factory());
		Semaphore inFlight = new Semaphore(cores * 2);
		List<Future<?>> written = new ArrayList<>();
		try {
			// Written over what is there rather than from empty: a rebuild after a lost connection keeps answering
			// from the whole index meanwhile. At start the index is empty anyway.
			List<IndexedArticle> batch = new ArrayList<>(BATCH);
			Consumer<List<IndexedArticle>> hand = full -> {
				inFlight.acquireUninterruptibly();
				written.add(writers.submit(() -> {
					try {
						count.addAndGet(write(full, missing));
					}
					finally {
						inFlight.release();
					}
				}));
			};
			source.eachPublished(article -> {
				published.add(article.id());
				batch.add(article);
				if (batch.size() == BATCH) {
					hand.accept(List.copyOf(batch));
					batch.clear();
				}
			});
			hand.accept(List.copyOf(batch));
			for (Future<?> done : written) {
				done.get();
			}
			published.addAll(updatedDuringRebuild.stream().filter(id -> source.published(id).isPresent()).toList());
			index.retainOnly(published);
			index.settle();
			rebuiltOnce = true;
			log.info("Knowledge index rebuilt: {} articles in {} ms ({} without a vector yet)", count.get(),
					(System.nanoTime() - started) / 1_000_000, missing.size());
		}
		catch (RuntimeException | ExecutionException e) {
			log.error("Rebuilding the knowledge index failed; searches answer from what was indexed", e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		finally {
			writers.shutdown();
			rebuilding = false;
		}
		if (!missing.isEmpty()) {
			embedMissing(missing);
		}
	}

	private int write(List<IndexedArticle> batch, Map<Long, Integer> missing) {
		if (batch.isEmpty()) {
			return 0;
		}
		Map<Long, Integer> versions = new LinkedHashMap<>();
		batch.forEach(article -> versions.put(article.id(), article.version()));
		Map<Long, float[]> known = vectors.find(versions);
		for (IndexedArticle article : batch) {
			if (updatedDuringRebuild.contains(article.id())) {
				continue;
			}
			float[] vector = known.get(article.id());
			if (vector == null) {
				missing.put(article.id(), article.version());
			}
			index.put(article, vector);
		}
		index.refresh();
		return batch.size();
	}

	/** Embeds the versions that have no vector yet, stores them and tells every instance to index them again. */
	private void embedMissing(Map<Long, Integer> missing) {
		Optional<EmbeddingModel> model = ArticleEmbeddings.await(300);
		if (model.isEmpty()) {
			return;
		}
		int done = 0;
		for (Map.Entry<Long, Integer> wanted : missing.entrySet()) {
			if (!running) {
				return;
			}
			if (vectors.find(wanted.getKey(), wanted.getValue()).isPresent()) {
				continue;
			}
			Optional<IndexedArticle> article = source.published(wanted.getKey());
			if (article.isPresent() && article.get().version() == wanted.getValue()) {
				vectors.save(wanted.getKey(), wanted.getValue(),
						model.get().embed(ArticleEmbeddings.articleText(article.get())).content().vector());
				signals.send(CHANNEL, Long.toString(wanted.getKey()));
				done++;
			}
		}
		log.info("Embedded {} article versions that had no vector", done);
	}
}
