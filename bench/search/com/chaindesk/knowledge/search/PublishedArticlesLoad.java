package com.chaindesk.knowledge.search;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.chaindesk.knowledge.ArticleContent;
import com.chaindesk.knowledge.ArticleKind;
import com.chaindesk.knowledge.ArticleMarkdown;
import com.chaindesk.knowledge.GuideStep;
import com.chaindesk.knowledge.search.SearchIndexBench.Device;
import com.chaindesk.knowledge.search.SearchIndexBench.Problem;
import dev.langchain4j.model.embedding.EmbeddingModel;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills a running ChainDesk's knowledge tables with generated published articles, as authors would have left them
 * (bench/knowledge-http.sh runs it): store problems of {@link SearchIndexBench}'s devices and problems in zh-CN,
 * zh-TW and English, in HQ's, the regions' and the stores' chapters (the chain's real ones), some with error codes,
 * troubleshooting guides with steps, some local articles replacing HQ ones. Rows go in by COPY, not through the API.
 * <p>
 * Each article gets a vector in knowledge.article_vector, so the application reads them at its rebuild instead of
 * embedding 100,000 texts (an hour here). They are the real model's vectors of a pool of distinct texts (one per
 * device, problem, language and with or without a code), each article taking its pool text's vector plus a little
 * noise (without it, thousands of identical vectors would make a poor graph).
 * <p>
 * Also writes the questions the load test asks (locale, tab, question): as store staff type them, in the three
 * languages, with error codes the articles carry, and a few that no article answers.
 * <p>
 * Arguments: articles, questions file. Connects with the PG* environment variables.
 */
public final class PublishedArticlesLoad {

	private static final String[] CODE_PREFIXES = { "E", "PRN", "NET", "POS", "SCN" };
	private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	record Store(long id, long regionId) {
	}

	record Generated(long id, Device device, Problem problem, String language, String code, String chapter,
			Long regionId, Long storeId, Long replaces, Instant publishedAt, ArticleContent content) {

		String poolKey() {
			return device.en() + "|" + problem.en() + "|" + language + "|" + (code != null);
		}
	}

	public static void main(String[] args) throws Exception {
		int count = Integer.parseInt(args[0]);
		Path questionsFile = Path.of(args[1]);
		Random random = new Random(42);
		String url = "jdbc:postgresql://" + env("PGHOST", "localhost") + ":" + env("PGPORT", "5432") + "/"
				+ env("PGDATABASE", "postgres");
		try (Connection db = DriverManager.getConnection(url, env("PGUSER", "postgres"), System.getenv("PGPASSWORD"))) {
			List<Long> regions = new ArrayList<>();
			List<Store> stores = new ArrayList<>();
			long firstId;
			try (Statement s = db.createStatement()) {
				try (ResultSet rs = s.executeQuery("select id from org.region order by id")) {
					while (rs.next()) {
						regions.add(rs.getLong(1));
					}
				}
				try (ResultSet rs = s.executeQuery("select id, region_id from org.store order by id")) {
					while (rs.next()) {
						stores.add(new Store(rs.getLong(1), rs.getLong(2)));
					}
				}
				try (ResultSet rs = s.executeQuery("select coalesce(max(id), 0) + 1 from knowledge.article")) {
					rs.next();
					firstId = rs.getLong(1);
				}
			}
			List<Generated> articles = generate(count, firstId, regions, stores, random);

			// The pool's vectors by the real model, from the text the application embeds for an article.
			EmbeddingModel model = ArticleEmbeddings.await(600).orElseThrow(() -> new IllegalStateException("model did not load"));
			long poolStart = System.nanoTime();
			Map<String, float[]> pool = new HashMap<>();
			for (Generated article : articles) {
				pool.computeIfAbsent(article.poolKey(),
						key -> model.embed(ArticleEmbeddings.articleText(indexed(article))).content().vector());
			}
			double poolSeconds = (System.nanoTime() - poolStart) / 1e9;
			System.out.printf("  embedded %,d distinct article texts in %.1f s (%.1f ms each; %,d would take %.0f min)%n",
					pool.size(), poolSeconds, poolSeconds * 1000 / pool.size(), count, poolSeconds / pool.size() * count / 60);

			long copyStart = System.nanoTime();
			db.setAutoCommit(false);
			CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
			copy.copyIn("""
					copy knowledge.article (id, chapter, chapter_region_id, chapter_store_id, replaces, status, working_version,
					       published_version, created_by, created_at, updated_at, published_at) from stdin (format csv)""",
					csv(articles, a -> new Object[] { a.id(), a.chapter(), a.regionId(), a.storeId(), a.replaces(), "PUBLISHED", 1, 1,
							author(a), a.publishedAt().minus(2, ChronoUnit.DAYS), a.publishedAt(), a.publishedAt() }));
			copy.copyIn("""
					copy knowledge.article_version (article_id, number, kind, category, tags, language, title, body, steps,
					       author, note, created_at) from stdin (format csv)""",
					csv(articles, a -> new Object[] { a.id(), 1, a.content().kind().name(), a.content().category(),
							json(a.content().tags()), a.language(), a.content().title(), a.content().body(),
							steps(a.content().steps()), author(a), null, a.publishedAt().minus(2, ChronoUnit.DAYS) }));
			copy.copyIn("copy knowledge.publication (article_id, version, chapter, first, at) from stdin (format csv)",
					csv(articles, a -> new Object[] { a.id(), 1, a.chapter(), true, a.publishedAt() }));
			copy.copyIn("copy knowledge.article_vector (article_id, version, model, dimensions, vector) from stdin (format binary)",
					new java.io.ByteArrayInputStream(vectors(articles, pool, random)));
			try (Statement s = db.createStatement()) {
				s.execute("select setval('knowledge.article_id_seq', (select max(id) from knowledge.article))");
			}
			db.commit();
			System.out.printf("  copied %,d articles, versions, publications and vectors in %.1f s%n", count,
					(System.nanoTime() - copyStart) / 1e9);
		}
		List<String> questions = questions(random);
		Files.write(questionsFile, questions, StandardCharsets.UTF_8);
		System.out.printf("  wrote %,d distinct questions to %s%n", questions.size(), questionsFile);
	}

	/** Store problems: device x problem x language, in HQ, regional and store chapters, some with error codes. */
	static List<Generated> generate(int count, long firstId, List<Long> regions, List<Store> stores, Random random) {
		List<Generated> out = new ArrayList<>(count);
		List<Long> hqIds = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			long id = firstId + i;
			Device device = SearchIndexBench.DEVICES.get(random.nextInt(SearchIndexBench.DEVICES.size()));
			Problem problem = SearchIndexBench.PROBLEMS.get(random.nextInt(SearchIndexBench.PROBLEMS.size()));
			int languageDraw = random.nextInt(10);
			String language = languageDraw < 7 ? "zh-CN" : languageDraw < 9 ? "zh-TW" : "en";
			String code = random.nextInt(3) == 0
					? CODE_PREFIXES[random.nextInt(CODE_PREFIXES.length)] + "-" + (1000 + random.nextInt(9000)) : null;
			int chapterDraw = random.nextInt(100);
			String chapter;
			Long regionId = null;
			Long storeId = null;
			if (chapterDraw < 60) {
				chapter = "hq";
				hqIds.add(id);
			}
			else if (chapterDraw < 85) {
				regionId = regions.get(random.nextInt(regions.size()));
				chapter = "region:" + regionId;
			}
			else {
				Store store = stores.get(random.nextInt(stores.size()));
				regionId = store.regionId();
				storeId = store.id();
				chapter = "store:" + storeId;
			}
			// A local article now and then stands in for one of HQ's (the store or region wrote its own way).
			Long replaces = !"hq".equals(chapter) && hqIds.size() > 10 && random.nextInt(10) == 0
					? hqIds.get(random.nextInt(hqIds.size())) : null;
			ArticleKind kind = ArticleKind.values()[random.nextInt(3)];
			Instant publishedAt = NOW.minus(1 + random.nextInt(730 * 24), ChronoUnit.HOURS);
			out.add(new Generated(id, device, problem, language, code, chapter, regionId, storeId, replaces, publishedAt,
					content(device, problem, language, code, kind, random)));
		}
		return out;
	}

	private static ArticleContent content(Device device, Problem problem, String language, String code, ArticleKind kind,
			Random random) {
		int step = 1 + random.nextInt(5);
		String title;
		String body;
		List<String> steps;
		List<String> tags;
		switch (language) {
			case "zh-TW" -> {
				title = device.tw() + problem.tw() + (code == null ? "" : " " + code);
				body = "門市" + device.tw() + problem.tw() + "時：" + problem.fixTw()
						+ (code == null ? "" : "\n\n畫面顯示錯誤代碼 **" + code + "** 時請先斷電再開機。")
						+ "\n\n> 第" + step + "步仍無法解決請聯絡服務台。";
				steps = List.of(problem.fixTw(), "將" + device.tw() + "斷電三十秒後重新開機，再試一次。",
						"仍無法解決：記下" + device.tw() + "的編號與畫面訊息，在報修單中寫明。");
				tags = List.of(device.tw(), problem.tw());
			}
			case "en" -> {
				title = "The " + device.en() + " " + problem.en() + (code == null ? "" : " (" + code + ")");
				body = "When the " + device.en() + " " + problem.en() + ": " + problem.fixEn()
						+ (code == null ? "" : "\n\nError code **" + code + "** means the device needs a power cycle.")
						+ "\n\n> If step " + step + " does not help, call the service desk.";
				steps = List.of(problem.fixEn(), "Switch the " + device.en() + " off for thirty seconds and try again.",
						"Still broken: note the " + device.en() + "'s number and what the screen says, and report it.");
				tags = List.of(device.en(), problem.en());
			}
			default -> {
				title = device.zh() + problem.zh() + (code == null ? "" : " " + code);
				body = "门店" + device.zh() + problem.zh() + "时：" + problem.fixZh()
						+ (code == null ? "" : "\n\n屏幕显示错误代码 **" + code + "** 时请先断电再开机。")
						+ "\n\n> 第" + step + "步仍不能解决请联系服务台。";
				steps = List.of(problem.fixZh(), "把" + device.zh() + "断电三十秒后重新开机，再试一次。",
						"仍不能解决：记下" + device.zh() + "的编号和屏幕提示，在报修单里写明。");
				tags = List.of(device.zh(), problem.zh());
			}
		}
		List<GuideStep> guide = new ArrayList<>();
		if (kind == ArticleKind.TROUBLESHOOTING) {
			for (int i = 0; i < steps.size(); i++) {
				guide.add(new GuideStep(i + 1, steps.get(i), null));
			}
		}
		return new ArticleContent(kind, device.category(), tags, language, title, body, guide);
	}

	/** The article as the application indexes it, for the text its vector stands for. */
	private static IndexedArticle indexed(Generated a) {
		String text = ArticleMarkdown.searchable(a.content());
		return new IndexedArticle(a.id(), 1, a.content().kind(), a.chapter(), a.replaces(), a.content().category(),
				a.content().tags(), a.language(), a.content().title(), text,
				ArticleMarkdown.errorCodes(a.content().title(), text), a.publishedAt());
	}

	private static String author(Generated a) {
		return a.storeId() != null ? "manager1" : a.regionId() != null ? "region1" : "engineer1";
	}

	/** What the load test asks: as typed at a till, in each language, error codes the articles carry, and strays. */
	static List<String> questions(Random random) {
		Set<String> out = new LinkedHashSet<>();
		String[] zh = { "%s%s怎么办", "%s又%s了", "%s%s", "门店%s%s，急", "%s突然%s", "请问%s%s怎么处理", "%s%s了，顾客在排队",
				"早上开店%s%s" };
		String[] tw = { "%s%s怎麼辦", "%s%s", "請問%s%s要怎麼處理" };
		String[] en = { "%s %s", "the %s %s, what do I do?", "%s %s again" };
		for (Device device : SearchIndexBench.DEVICES) {
			for (Problem problem : SearchIndexBench.PROBLEMS) {
				for (String shape : zh) {
					out.add("zh-CN\t" + String.format(shape, device.zh(), problem.zh()));
				}
				for (String shape : tw) {
					out.add("zh-TW\t" + String.format(shape, device.tw(), problem.tw()));
				}
				for (String shape : en) {
					out.add("en\t" + String.format(shape, device.en(), problem.en()));
				}
			}
		}
		// Error codes read off a screen; most of them are in some article (the generator draws from the same range).
		for (int i = 0; i < 300; i++) {
			Device device = SearchIndexBench.DEVICES.get(random.nextInt(SearchIndexBench.DEVICES.size()));
			String code = CODE_PREFIXES[random.nextInt(CODE_PREFIXES.length)] + "-" + (1000 + random.nextInt(9000));
			out.add(switch (i % 4) {
				case 0 -> "zh-CN\t" + device.zh() + "报错 " + code;
				case 1 -> "zh-CN\t屏幕显示 " + code;
				case 2 -> "zh-TW\t" + device.tw() + "顯示錯誤代碼 " + code;
				default -> "en\terror " + code + " on the " + device.en();
			});
		}
		for (String stray : List.of("今天中午食堂吃什么菜", "员工请假流程", "怎么申请调班", "工牌丢了找谁", "where do I get a new uniform",
				"門市冷氣太冷怎麼調")) {
			out.add((stray.matches("[ -~]+") ? "en" : stray.contains("門") ? "zh-TW" : "zh-CN") + "\t" + stray);
		}
		return new ArrayList<>(out);
	}

	private interface Row {
		Object[] of(Generated article);
	}

	private static Reader csv(List<Generated> articles, Row row) {
		StringBuilder out = new StringBuilder(articles.size() * 200);
		for (Generated article : articles) {
			Object[] values = row.of(article);
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					out.append(',');
				}
				Object value = values[i];
				if (value != null) {
					out.append('"').append(value.toString().replace("\"", "\"\"")).append('"');
				}
			}
			out.append('\n');
		}
		return new StringReader(out.toString());
	}

	/** knowledge.article_vector in COPY's binary format: 200 MB of hex text would cost more than the vectors. */
	private static byte[] vectors(List<Generated> articles, Map<String, float[]> pool, Random random) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(articles.size() * (ArticleEmbeddings.DIMENSIONS * 4 + 80));
		DataOutputStream out = new DataOutputStream(bytes);
		out.write("PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1));
		out.writeInt(0);
		out.writeInt(0);
		byte[] model = ArticleEmbeddings.MODEL.getBytes(StandardCharsets.UTF_8);
		for (Generated article : articles) {
			float[] vector = pool.get(article.poolKey()).clone();
			for (int i = 0; i < vector.length; i++) {
				vector[i] += (float) (random.nextGaussian() * 0.004);
			}
			byte[] encoded = ArticleVectors.encode(vector);
			out.writeShort(5);
			out.writeInt(8);
			out.writeLong(article.id());
			out.writeInt(4);
			out.writeInt(1);
			out.writeInt(model.length);
			out.write(model);
			out.writeInt(4);
			out.writeInt(vector.length);
			out.writeInt(encoded.length);
			out.write(encoded);
		}
		out.writeShort(-1);
		out.flush();
		return bytes.toByteArray();
	}

	private static String json(List<String> values) {
		StringBuilder out = new StringBuilder("[");
		for (String value : values) {
			out.append(out.length() > 1 ? "," : "").append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
		}
		return out.append(']').toString();
	}

	private static String steps(List<GuideStep> steps) {
		StringBuilder out = new StringBuilder("[");
		for (GuideStep step : steps) {
			out.append(out.length() > 1 ? "," : "").append("{\"number\":").append(step.number()).append(",\"instruction\":\"")
					.append(step.instruction().replace("\\", "\\\\").replace("\"", "\\\"")).append("\",\"nextIfNotFixed\":null}");
		}
		return out.append(']').toString();
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}
