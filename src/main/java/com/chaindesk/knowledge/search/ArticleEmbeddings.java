package com.chaindesk.knowledge.search;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process Chinese embedding model (bge-small-zh v1.5, quantized, 512 dimensions), one per JVM: loading it
 * takes seconds and a hundred megabytes, so every application context in the JVM (a test's second instance too)
 * shares the one loaded in the background at the first request. If it cannot load, search goes on with words alone
 * and says so once in the log.
 */
final class ArticleEmbeddings {

	static final String MODEL = "bge-small-zh-v1.5-q";
	static final int DIMENSIONS = 512;

	/** An article is represented by its title and the start of its text: what it is about, not every detail. */
	static final int ARTICLE_CHARS = 400;

	private static final Logger log = LoggerFactory.getLogger(ArticleEmbeddings.class);
	private static volatile CompletableFuture<EmbeddingModel> loading;
	/**
	 * Stores ask the same questions again and again; a question's vector is worth keeping. Read without a lock: every
	 * search looks here, and a map under one lock (an LRU order changes on every read) held 200 searches a second in
	 * a queue behind whichever thread the scheduler had paused while holding it. Past the limit an arbitrary question
	 * makes room, which for questions asked this often is as good as the least recently used.
	 */
	private static final int KEPT_QUESTIONS = 20_000;
	private static final Map<String, float[]> QUESTIONS = new ConcurrentHashMap<>();

	private ArticleEmbeddings() {
	}

	/** Starts loading the model in the background, once per JVM. */
	static CompletableFuture<EmbeddingModel> load() {
		CompletableFuture<EmbeddingModel> current = loading;
		if (current == null) {
			synchronized (ArticleEmbeddings.class) {
				if (loading == null) {
					loading = CompletableFuture.supplyAsync(ArticleEmbeddings::create,
							task -> Thread.ofPlatform().daemon().name("embedding-model").start(task));
				}
				current = loading;
			}
		}
		return current;
	}

	private static EmbeddingModel create() {
		long started = System.nanoTime();
		try {
			EmbeddingModel model = new OnCallingThread(encoder());
			model.embed("预热").content();
			log.info("Embedding model {} loaded in {} ms", MODEL, (System.nanoTime() - started) / 1_000_000);
			return model;
		}
		catch (RuntimeException | LinkageError | OrtException | java.io.IOException e) {
			log.warn("Embedding model {} could not be loaded; knowledge search ranks by words alone: {}", MODEL, e.toString());
			throw new IllegalStateException(e);
		}
	}

	/**
	 * The model as langchain4j's {@code BgeSmallZhV15QuantizedEmbeddingModel} loads it (same files from its jar,
	 * same pooling, the same vectors), but run on the calling thread alone. By default ONNX Runtime splits each
	 * question over a pool of its own threads that spin while they wait for work: with many searches at once every
	 * request thread is already busy, and a question cost 2.1 to 2.6 ms of CPU instead of 1.3 (measured on 2 cores).
	 */
	private static OnnxBertBiEncoder encoder() throws OrtException, java.io.IOException {
		ClassLoader jar = BgeSmallZhV15QuantizedEmbeddingModel.class.getClassLoader();
		OrtEnvironment environment = OrtEnvironment.getEnvironment();
		OrtSession.SessionOptions options = new OrtSession.SessionOptions();
		options.setIntraOpNumThreads(1);
		options.setInterOpNumThreads(1);
		options.addConfigEntry("session.intra_op.allow_spinning", "0");
		byte[] onnx;
		try (var in = jar.getResourceAsStream("bge-small-zh-v1.5-q.onnx")) {
			onnx = in.readAllBytes();
		}
		try (var tokenizer = jar.getResourceAsStream("bge-small-zh-v1.5-q-tokenizer.json")) {
			return new OnnxBertBiEncoder(environment, environment.createSession(onnx, options), tokenizer, PoolingMode.CLS);
		}
	}

	private static final class OnCallingThread extends AbstractInProcessEmbeddingModel {

		private final OnnxBertBiEncoder encoder;

		OnCallingThread(OnnxBertBiEncoder encoder) {
			super(Runnable::run);
			this.encoder = encoder;
		}

		@Override
		protected OnnxBertBiEncoder model() {
			return encoder;
		}

		@Override
		protected Integer knownDimension() {
			return DIMENSIONS;
		}
	}

	/** The model if it has loaded; never waits (a question is not kept waiting for the model to load). */
	static Optional<EmbeddingModel> ready() {
		CompletableFuture<EmbeddingModel> current = load();
		return current.isDone() && !current.isCompletedExceptionally() ? Optional.of(current.join()) : Optional.empty();
	}

	/** The model, waiting for it to load for at most {@code seconds}; empty when it failed or is still loading. */
	static Optional<EmbeddingModel> await(long seconds) {
		try {
			return Optional.of(load().get(seconds, TimeUnit.SECONDS));
		}
		catch (TimeoutException | java.util.concurrent.ExecutionException e) {
			return Optional.empty();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	/** The vector of a question, when the model is ready. */
	static Optional<float[]> question(String text) {
		String key = text.strip();
		float[] known = QUESTIONS.get(key);
		if (known != null) {
			return Optional.of(known);
		}
		// Not computeIfAbsent: it would hold other questions of the same bin while the model runs. Two threads
		// asking the same new question at once both embed it, to the same vector.
		return ready().map(model -> {
			float[] vector = model.embed(key).content().vector();
			if (QUESTIONS.size() >= KEPT_QUESTIONS) {
				QUESTIONS.keySet().stream().findAny().ifPresent(QUESTIONS::remove);
			}
			QUESTIONS.put(key, vector);
			return vector;
		});
	}

	/** The text of an article that its vector stands for. */
	static String articleText(IndexedArticle article) {
		String text = article.title() + "\n" + article.text();
		return text.length() <= ARTICLE_CHARS ? text : text.substring(0, ARTICLE_CHARS);
	}
}
