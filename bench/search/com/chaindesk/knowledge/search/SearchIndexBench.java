package com.chaindesk.knowledge.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.chaindesk.knowledge.ArticleHit;
import com.chaindesk.knowledge.ArticleKind;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Knowledge search with 100,000 generated store articles, in one JVM (bench/knowledge-search.sh runs it):
 * <ol>
 * <li>rebuild: the index built as an instance does at start ({@link IndexUpkeep#rebuild()}), reading every vector
 * from knowledge.article_vector on an embedded PostgreSQL, none computed;</li>
 * <li>query latency at a fixed rate through the search path of {@link ArticleSearch} (synonyms, scope filter, hidden
 * replacements, question vector, kNN, fused score, snippets) beside a raw {@code IndexSearcher} query of the same
 * words (BM25 top 10, nothing else) as the baseline.</li>
 * </ol>
 * Honest shortcuts, printed with the figures: 100,000 embeddings take about an hour here, so the vectors are
 * computed by the real model for a pool of distinct article texts (one per device, problem and language) and each
 * article takes its pool text's vector plus a little noise; the articles come from memory, not from the knowledge
 * tables (they are on another branch); the HTTP figure comes after the merge (Gatling).
 */
public final class SearchIndexBench {

	record Device(String zh, String tw, String en, String category) {
	}

	record Problem(String zh, String tw, String en, String fixZh, String fixTw, String fixEn) {
	}

	static final List<Device> DEVICES = List.of(
			new Device("POS机", "POS機", "POS terminal", "pos-terminal"),
			new Device("收银机", "收銀機", "till", "pos-terminal"),
			new Device("条码扫描器", "條碼掃描器", "barcode scanner", "pos-scanner"),
			new Device("扫码枪", "掃碼槍", "scanner gun", "pos-scanner"),
			new Device("小票打印机", "收據印表機", "receipt printer", "printer-receipt"),
			new Device("标签打印机", "標籤印表機", "label printer", "printer-label"),
			new Device("钱箱", "錢箱", "cash drawer", "pos-cash-drawer"),
			new Device("刷卡机", "刷卡機", "card terminal", "pos-payment"),
			new Device("电子秤", "電子秤", "scale", "scale"),
			new Device("电子价签", "電子價籤", "electronic shelf label", "esl"),
			new Device("门店路由器", "門市路由器", "store router", "network-down"),
			new Device("无线网络", "無線網路", "Wi-Fi", "network-wifi"),
			new Device("监控摄像头", "監控攝影機", "CCTV camera", "cctv"),
			new Device("门店App", "門市App", "store app", "store-app-crash"),
			new Device("会员系统", "會員系統", "membership system", "membership-points"),
			new Device("自助收银机", "自助結帳機", "self-checkout", "pos-terminal"),
			new Device("冷柜", "冷藏櫃", "fridge", "equipment"),
			new Device("排班系统", "排班系統", "rota system", "store-app-data"));

	static final List<Problem> PROBLEMS = List.of(
			new Problem("无法开机", "無法開機", "will not start", "检查电源线和插座，长按电源键十秒重启。", "檢查電源線與插座，長按電源鍵十秒重新啟動。", "Check the power cable and socket, hold the power button for ten seconds."),
			new Problem("没有反应", "沒有反應", "does not respond", "重新插拔数据线，重启设备后再试。", "重新插拔傳輸線，重新啟動設備後再試。", "Reconnect the cable and restart the device."),
			new Problem("卡纸", "卡紙", "paper jam", "打开上盖取出卡住的纸，重新装好纸卷。", "打開上蓋取出卡住的紙，重新裝好紙捲。", "Open the cover, remove the jammed paper and reload the roll."),
			new Problem("联网失败", "連線失敗", "cannot connect", "检查网线和路由器指示灯，重启路由器。", "檢查網路線與路由器指示燈，重新啟動路由器。", "Check the network cable and router lights, restart the router."),
			new Problem("显示乱码", "顯示亂碼", "shows garbled text", "清除缓存并升级到最新版本。", "清除快取並更新到最新版本。", "Clear the cache and update to the latest version."),
			new Problem("识别不了条码", "無法識別條碼", "cannot read barcodes", "擦拭扫描窗口，确认条码没有褶皱。", "擦拭掃描窗口，確認條碼沒有皺摺。", "Clean the scan window and check the barcode is flat."),
			new Problem("运行很慢", "執行很慢", "is very slow", "关闭后台程序，清理存储空间。", "關閉背景程式，清理儲存空間。", "Close background programs and free up storage."),
			new Problem("报错", "報錯", "shows an error", "记录错误代码并按代码表处理，仍不行请报修。", "記錄錯誤代碼並依代碼表處理，仍無法解決請報修。", "Note the error code and follow the code table; report it if it persists."),
			new Problem("数据不同步", "資料不同步", "data is out of sync", "手动同步一次，检查网络后再看数据。", "手動同步一次，檢查網路後再看資料。", "Sync by hand once and check the network."),
			new Problem("登录不了", "無法登入", "cannot sign in", "确认账号密码，必要时重置密码。", "確認帳號密碼，必要時重設密碼。", "Check the account and password, reset it if needed."));

	static final String[] QUESTION_SHAPES = { "%s%s怎么办", "%s又%s了", "%s%s", "门店%s%s，急", "%s突然%s" };

	public static void main(String[] args) throws Exception {
		int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		int rate = args.length > 2 ? Integer.parseInt(args[2]) : 200;
		Random random = new Random(42);
		System.out.printf("Knowledge search bench: %,d articles, %d s at %d requests/s, %d cores%n", articles, seconds, rate,
				Runtime.getRuntime().availableProcessors());

		EmbeddingModel model = ArticleEmbeddings.await(600).orElseThrow(() -> new IllegalStateException("model did not load"));
		List<IndexedArticle> corpus = generate(articles, random);

		// Vectors for the pool of distinct texts, by the real model.
		long poolStart = System.nanoTime();
		Map<String, float[]> pool = new HashMap<>();
		for (IndexedArticle article : corpus) {
			pool.computeIfAbsent(poolKey(article), key -> model.embed(ArticleEmbeddings.articleText(article)).content().vector());
		}
		double poolSeconds = (System.nanoTime() - poolStart) / 1e9;
		System.out.printf("Embedded %,d distinct article texts in %.1f s (%.1f ms each; %,d articles would take %.0f min)%n",
				pool.size(), poolSeconds, poolSeconds * 1000 / pool.size(), articles, poolSeconds / pool.size() * articles / 60);

		Path data = Files.createTempDirectory("search-bench-pg");
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true).start()) {
			var dataSource = postgres.getPostgresDatabase();
			try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
				statement.execute(new String(SearchIndexBench.class.getResourceAsStream("/db/migration/knowledge/V50__search_vectors.sql").readAllBytes()));
			}
			long writeStart = System.nanoTime();
			try (Connection connection = dataSource.getConnection();
					PreparedStatement insert = connection.prepareStatement(
							"insert into knowledge.article_vector (article_id, version, model, dimensions, vector) values (?, ?, ?, ?, ?)")) {
				connection.setAutoCommit(false);
				int n = 0;
				for (IndexedArticle article : corpus) {
					float[] vector = jitter(pool.get(poolKey(article)), random);
					insert.setLong(1, article.id());
					insert.setInt(2, article.version());
					insert.setString(3, ArticleEmbeddings.MODEL);
					insert.setInt(4, vector.length);
					insert.setBytes(5, ArticleVectors.encode(vector));
					insert.addBatch();
					if (++n % 2000 == 0) {
						insert.executeBatch();
					}
				}
				insert.executeBatch();
				connection.commit();
			}
			System.out.printf("Stored %,d vectors in knowledge.article_vector in %.1f s%n", articles, (System.nanoTime() - writeStart) / 1e9);

			ArticleVectors vectors = new ArticleVectors(JdbcClient.create(dataSource));
			Path folder = Files.createTempDirectory("search-bench-index");
			try (ArticleIndex index = new ArticleIndex(folder, true)) {
				PublishedArticleSource source = new PublishedArticleSource() {
					@Override
					public void eachPublished(Consumer<IndexedArticle> sink) {
						corpus.forEach(sink);
					}

					@Override
					public Optional<IndexedArticle> published(long articleId) {
						return Optional.of(corpus.get((int) articleId - 1));
					}
				};
				IndexUpkeep upkeep = new IndexUpkeep(index, source, vectors, null);
				long rebuildStart = System.nanoTime();
				long cpuStart = processCpu();
				upkeep.rebuild();
				double rebuildSeconds = (System.nanoTime() - rebuildStart) / 1e9;
				System.out.printf("%nREBUILD  %,d articles (vectors read from PostgreSQL, none computed): %.1f s wall, %.1f s CPU of this JVM, load average %.1f on %d cores  (goal <= 120 s)%n",
						index.size(), rebuildSeconds, (processCpu() - cpuStart) / 1e9, load(),
						Runtime.getRuntime().availableProcessors());

				// Each segment costs every query its word look-ups and a vector graph walk.
				System.out.println("Index segments (articles in each): " + index.withSearcher(searcher -> searcher.getIndexReader()
						.leaves().stream().map(leaf -> leaf.reader().maxDoc()).toList()));
				measure(index, model, random, seconds, rate);
			}
		}
	}

	private static void measure(ArticleIndex index, EmbeddingModel model, Random random, int seconds, int rate) throws Exception {
		SynonymMap synonyms = KnowledgeSynonyms.compile(KnowledgeSynonyms.SETTING.defaultValue());
		List<String> questions = new ArrayList<>();
		for (Device device : DEVICES) {
			for (Problem problem : PROBLEMS) {
				for (String shape : QUESTION_SHAPES) {
					questions.add(String.format(shape, device.zh(), problem.zh()));
				}
				questions.add(device.tw() + problem.tw());
				questions.add(device.en() + " " + problem.en());
			}
		}
		questions.add("E-1043");
		questions.add("打印机报错 PRN-0x2A");
		// Question vectors: the first asking of a question pays the model, later ones hit the cache.
		long embedStart = System.nanoTime();
		questions.forEach(ArticleEmbeddings::question);
		double embedMs = (System.nanoTime() - embedStart) / 1e6 / questions.size();
		System.out.printf("Question embedding (paid once per distinct question, then cached): %.1f ms each over %d questions%n",
				embedMs, questions.size());

		QueryBuilder raw = new QueryBuilder(StoreTextAnalyzer.forIndex());
		Supplier<Runnable> fused = () -> {
			String question = questions.get(random.nextInt(questions.size()));
			long store = 1 + random.nextInt(48);
			ChapterVisibility visibility = ChapterVisibility.ofStore(store, 1 + (store - 1) % 5);
			return () -> {
				List<ArticleHit> hits = index.search(new SearchRequest(question, visibility.chapters(),
						visibility.local(), null, null, null, 10, 10, synonyms,
						ArticleEmbeddings.question(question).orElse(null)));
				if (hits.isEmpty() && !question.startsWith("E-")) {
					throw new IllegalStateException("no hit for " + question);
				}
			};
		};
		Supplier<Runnable> baseline = () -> {
			String question = questions.get(random.nextInt(questions.size()));
			return () -> index.withSearcher(searcher -> {
				try {
					Query query = raw.createBooleanQuery(ArticleIndex.BODY, question, Occur.SHOULD);
					return query == null ? null : searcher.search(query, 10);
				}
				catch (java.io.IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			});
		};
		// Warm both paths up (JIT), then measure the CPU one request costs, then each path at the fixed rate. Lucene's
		// vector code runs as slow plain Java until C2 has compiled it: with 5 s of warm-up, a flight recording showed
		// that code still uncompiled while the CPU per request was measured, which overstated it.
		run("warm-up", fused, 20, Math.min(rate, 100), false);
		run("warm-up", baseline, 10, Math.min(rate, 100), false);
		double searchCpu = cpuPerRequest(fused, 500);
		double baseCpu = cpuPerRequest(baseline, 500);
		int cores = Runtime.getRuntime().availableProcessors();
		System.out.printf("CPU per request, one thread: search %.2f ms, raw IndexSearcher %.2f ms -> at most %.0f and %.0f requests/s on %d idle cores%n",
				searchCpu, baseCpu, cores * 1000 / searchCpu, cores * 1000 / baseCpu, cores);
		long[] search = run("KnowledgeSearch path", fused, seconds, rate, true);
		long[] base = run("raw IndexSearcher (baseline)", baseline, seconds, rate, true);
		System.out.printf("%nFIGURE   (load average %.1f) search p99 %.1f ms at %d requests/s (p50 %.1f ms) | baseline raw IndexSearcher p99 %.1f ms (p50 %.1f ms)  (goal p99 <= 30 ms)%n",
				load(), percentile(search, 99), rate, percentile(search, 50), percentile(base, 99), percentile(base, 50));

		System.out.println("\nWhat the scores say (top hit for a store in region 1):");
		for (String question : List.of("收款机开不了", "扫码枪没反应", "收銀機無法開機", "receipt printer paper jam", "E-1043",
				"今天中午食堂吃什么菜", "员工请假流程", "冷柜温度报警")) {
			ChapterVisibility visibility = ChapterVisibility.ofStore(1, 1);
			List<ArticleHit> hits = index.search(new SearchRequest(question, visibility.chapters(),
					visibility.local(), null, null, null, 3, 3, synonyms,
					ArticleEmbeddings.question(question).orElse(null)));
			System.out.printf("  %-28s -> %s%n", question, hits.isEmpty() ? "(nothing)"
					: String.format(Locale.ROOT, "%.3f %s", hits.getFirst().score(), hits.getFirst().title()));
		}
	}

	/** Sends requests at a fixed rate from a scheduler to a pool of workers; latency counts from the planned send. */
	private static long[] run(String name, Supplier<Runnable> requests, int seconds, int rate, boolean print) throws Exception {
		int total = seconds * rate;
		long[] latencies = new long[total];
		ExecutorService workers = Executors.newFixedThreadPool(8);
		ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
		List<Future<?>> done = new ArrayList<>(total);
		long start = System.nanoTime();
		long interval = 1_000_000_000L / rate;
		for (int i = 0; i < total; i++) {
			int n = i;
			long planned = start + n * interval;
			Runnable request = requests.get();
			done.add(clock.schedule(() -> done(workers.submit(() -> {
				request.run();
				latencies[n] = System.nanoTime() - planned;
			})), planned - System.nanoTime(), TimeUnit.NANOSECONDS));
		}
		for (Future<?> future : done) {
			future.get();
		}
		workers.shutdown();
		workers.awaitTermination(5, TimeUnit.MINUTES);
		clock.shutdown();
		double elapsed = (System.nanoTime() - start) / 1e9;
		if (print) {
			System.out.printf("%-30s %,d requests in %.1f s (%.0f/s): p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n", name,
					total, elapsed, total / elapsed, percentile(latencies, 50), percentile(latencies, 90),
					percentile(latencies, 99), percentile(latencies, 100));
		}
		return latencies;
	}

	private static double cpuPerRequest(Supplier<Runnable> requests, int count) {
		var threads = java.lang.management.ManagementFactory.getThreadMXBean();
		long start = threads.getCurrentThreadCpuTime();
		for (int i = 0; i < count; i++) {
			requests.get().run();
		}
		return (threads.getCurrentThreadCpuTime() - start) / 1e6 / count;
	}

	private static long processCpu() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
				.getProcessCpuTime();
	}

	private static double load() {
		return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private static void done(Future<?> future) {
		// the worker records its own latency; nothing to wait for on the clock thread
	}

	private static double percentile(long[] values, double p) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		int at = (int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1);
		return sorted[Math.max(at, 0)] / 1e6;
	}

	private static String poolKey(IndexedArticle article) {
		return article.category() + "|" + article.title().replaceAll("[A-Z]+-[0-9A-Fx]+", "") + "|" + article.language();
	}

	private static float[] jitter(float[] vector, Random random) {
		float[] out = vector.clone();
		for (int i = 0; i < out.length; i++) {
			out[i] += (float) (random.nextGaussian() * 0.004);
		}
		return out;
	}

	/** Store problems: device x problem x language, in HQ, regional and store chapters, some with error codes. */
	static List<IndexedArticle> generate(int count, Random random) {
		List<IndexedArticle> out = new ArrayList<>(count);
		String[] prefixes = { "E", "PRN", "NET", "POS", "SCN" };
		for (int i = 1; i <= count; i++) {
			Device device = DEVICES.get(random.nextInt(DEVICES.size()));
			Problem problem = PROBLEMS.get(random.nextInt(PROBLEMS.size()));
			int languageDraw = random.nextInt(10);
			String language = languageDraw < 7 ? "zh-CN" : languageDraw < 9 ? "zh-TW" : "en";
			String code = random.nextInt(3) == 0 ? prefixes[random.nextInt(prefixes.length)] + "-" + (1000 + random.nextInt(9000)) : null;
			if (i == 1) {
				code = "E-1043";
			}
			int chapterDraw = random.nextInt(100);
			String chapter = chapterDraw < 60 ? "hq" : chapterDraw < 85 ? "region:" + (1 + random.nextInt(5)) : "store:" + (1 + random.nextInt(48));
			Long replaces = !"hq".equals(chapter) && random.nextInt(10) == 0 && i > 100 ? (long) (1 + random.nextInt(i - 1)) : null;
			String title;
			String text;
			switch (language) {
				case "zh-TW" -> {
					title = device.tw() + problem.tw() + (code == null ? "" : " " + code);
					text = "門市" + device.tw() + problem.tw() + "時：" + problem.fixTw() + (code == null ? "" : "畫面顯示錯誤代碼 " + code + " 時請先斷電再開機。")
							+ "第" + (1 + random.nextInt(5)) + "步仍無法解決請聯絡服務台。";
				}
				case "en" -> {
					title = "The " + device.en() + " " + problem.en() + (code == null ? "" : " (" + code + ")");
					text = "When the " + device.en() + " " + problem.en() + ": " + problem.fixEn() + (code == null ? "" : " Error code " + code + " means the device needs a power cycle.")
							+ " If step " + (1 + random.nextInt(5)) + " does not help, call the service desk.";
				}
				default -> {
					title = device.zh() + problem.zh() + (code == null ? "" : " " + code);
					text = "门店" + device.zh() + problem.zh() + "时：" + problem.fixZh() + (code == null ? "" : "屏幕显示错误代码 " + code + " 时请先断电再开机。")
							+ "第" + (1 + random.nextInt(5)) + "步仍不能解决请联系服务台。";
				}
			}
			ArticleKind kind = ArticleKind.values()[random.nextInt(3)];
			out.add(new IndexedArticle(i, 1, kind, chapter, replaces, device.category(), List.of(device.category()), language,
					title, text, code == null ? List.of() : List.of(code), Instant.now()));
		}
		return out;
	}
}
