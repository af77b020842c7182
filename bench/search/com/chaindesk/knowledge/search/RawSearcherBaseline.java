package com.chaindesk.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The baseline of bench/knowledge-http.sh: a raw Lucene {@code IndexSearcher} query (the question's words in the
 * body, BM25 top 10, nothing else: no synonyms, scope, vectors, fused score or snippets), in one JVM without HTTP,
 * over the very index the running application built and serves from (its folder, opened read-only: a reader does not
 * need the writer's lock), with the same questions at the same fixed rate.
 * <p>
 * Arguments: index folder, questions file (locale, tab, question), seconds, rate. Prints one line starting with
 * {@code BASELINE} for the script to read: served/s, p50, p95, p99, max (ms), errors, CPU per query.
 */
public final class RawSearcherBaseline {

	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args[0]);
		List<String> questions = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8).stream()
				.map(line -> line.substring(line.indexOf('\t') + 1)).toList();
		int seconds = Integer.parseInt(args[2]);
		int rate = Integer.parseInt(args[3]);
		Random random = new Random(7);
		try (FSDirectory directory = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(directory);
				StoreTextAnalyzer analyzer = StoreTextAnalyzer.forIndex()) {
			IndexSearcher searcher = new IndexSearcher(reader);
			QueryBuilder words = new QueryBuilder(analyzer);
			Runnable query = () -> {
				String question = questions.get(random.nextInt(questions.size()));
				try {
					Query q = words.createBooleanQuery(ArticleIndex.BODY, question, Occur.SHOULD);
					if (q != null) {
						searcher.search(q, 10);
					}
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			};
			System.out.printf("  index: %,d articles in %d segment(s)%n", reader.numDocs(), reader.leaves().size());
			run(query, 15, rate);
			double cpu = cpuPerQuery(query, 2000);
			Result result = run(query, seconds, rate);
			System.out.printf("BASELINE %d %.1f %.1f %.1f %.1f %d %.2f%n", Math.round(result.served / (double) seconds),
					percentile(result.latencies, 50), percentile(result.latencies, 95), percentile(result.latencies, 99),
					percentile(result.latencies, 100), result.errors, cpu);
		}
	}

	record Result(long[] latencies, int served, int errors) {
	}

	/** A fixed arrival rate from a clock thread to a pool of workers; latency counts from the planned send. */
	private static Result run(Runnable query, int seconds, int rate) throws Exception {
		int total = seconds * rate;
		long[] latencies = new long[total];
		AtomicInteger errors = new AtomicInteger();
		ExecutorService workers = Executors.newFixedThreadPool(8);
		ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
		List<Future<?>> scheduled = new ArrayList<>(total);
		long start = System.nanoTime();
		long interval = 1_000_000_000L / rate;
		for (int i = 0; i < total; i++) {
			int n = i;
			long planned = start + n * interval;
			scheduled.add(clock.schedule(() -> workers.submit(() -> {
				try {
					query.run();
				}
				catch (RuntimeException e) {
					errors.incrementAndGet();
				}
				latencies[n] = System.nanoTime() - planned;
			}), planned - System.nanoTime(), TimeUnit.NANOSECONDS));
		}
		for (Future<?> future : scheduled) {
			((Future<?>) future.get()).get();
		}
		workers.shutdown();
		clock.shutdown();
		return new Result(latencies, total - errors.get(), errors.get());
	}

	private static double cpuPerQuery(Runnable query, int count) {
		var threads = java.lang.management.ManagementFactory.getThreadMXBean();
		long start = threads.getCurrentThreadCpuTime();
		for (int i = 0; i < count; i++) {
			query.run();
		}
		return (threads.getCurrentThreadCpuTime() - start) / 1e6 / count;
	}

	private static double percentile(long[] values, double p) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		int at = (int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1);
		return sorted[Math.max(at, 0)] / 1e6;
	}
}
