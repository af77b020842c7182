package com.chaindesk.knowledge.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.chaindesk.ApiCaller;
import com.chaindesk.ChainDeskTest;
import com.chaindesk.TestOrg;
import com.chaindesk.knowledge.ArticleKind;
import com.chaindesk.knowledge.search.KnowledgeFixture.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Knowledge search as store staff and agents use it through GET /api/v1/knowledge/search. */
@ChainDeskTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KnowledgeSearchTests {

	@LocalServerPort
	int port;

	@Autowired
	KnowledgeFixture knowledge;

	@Autowired
	JdbcClient jdbc;

	ApiCaller admin;
	long posWontStart;
	long scannerUnreadable;
	long traditionalScanner;
	long englishPrinter;
	long codeArticle;
	long codeMentionedOnly;
	String chapter;

	@BeforeAll
	void publishArticles() {
		admin = ApiCaller.as(port, "admin");
		// In a region of their own: the demo's articles cover the same problems in HQ's chapter, and the questions
		// below that test wording rather than ranking against the demo ask within this chapter.
		long region = TestOrg.region(jdbc, "KB", "{\"zh-CN\":\"检索基础区\",\"zh-TW\":\"檢索基礎區\",\"en\":\"Search Base\"}");
		chapter = "region:" + region;
		posWontStart = knowledge.publish(Article.hq(ArticleKind.TROUBLESHOOTING, "pos-terminal", "POS机无法开机",
				"按下电源键后POS机屏幕不亮，指示灯也不亮。先检查电源线和插座是否松动，再长按电源键十秒重新启动。").in(chapter));
		scannerUnreadable = knowledge.publish(Article.hq(ArticleKind.TROUBLESHOOTING, "pos-scanner", "条码扫描器无法识别商品条码",
				"条码扫描器对准商品后没有蜂鸣声，收银界面也没有出现商品。请重新插拔扫描器的USB线，并用酒精棉擦拭扫描窗口。").in(chapter));
		traditionalScanner = knowledge.publish(Article.hq(ArticleKind.FAQ, "pos-scanner", "會員卡條碼讀取失敗",
				"門市的會員卡條碼讀不出來時，請確認會員卡沒有刮傷，並將條碼平放於掃描窗口前方約十公分處。").language("zh-TW").in(chapter));
		englishPrinter = knowledge.publish(Article.hq(ArticleKind.HOW_TO, "printer-receipt", "Clearing a receipt printer paper jam",
				"When the receipt printer reports a paper jam, open the cover, remove the torn paper and reload the roll.")
				.language("en").in(chapter));
		codeArticle = knowledge.publish(Article.hq(ArticleKind.TROUBLESHOOTING, "printer-receipt", "小票打印机报错处理",
				"打印机屏幕显示 E-7743 表示切刀卡住，请关闭电源后清理切刀附近的纸屑。").codes("E-7743").in(chapter));
		codeMentionedOnly = knowledge.publish(Article.hq(ArticleKind.FAQ, "printer-receipt", "小票打印机常见报错 7743 问答",
				"小票打印机报错 7743 次数多时，打印机报错记录会很长，打印机报错原因请看打印机手册。").in(chapter));
		eventually("the articles are indexed", () -> search("q=" + enc("切刀")), hits -> ids(hits).contains(codeArticle));
	}

	@Test
	void aColloquialNameForTheTillFindsThePosArticle() {
		List<JsonNode> hits = search("q=" + enc("收款机开不了") + "&chapter=" + chapter);
		assertThat(ids(hits)).contains(posWontStart);
		assertThat(ids(hits).indexOf(posWontStart)).as("among the first answers").isLessThan(3);
	}

	@Test
	void traditionalAndSimplifiedFindEachOther() {
		assertThat(ids(search("q=" + enc("收銀機無法開機") + "&chapter=" + chapter))).as("traditional question, simplified article").contains(posWontStart);
		assertThat(ids(search("q=" + enc("会员卡条码读取失败") + "&chapter=" + chapter))).as("simplified question, traditional article")
				.first().isEqualTo(traditionalScanner);
	}

	@Test
	void aParaphraseFindsTheScannerArticleThroughItsMeaning() {
		// The vector of a new article is computed after it is published, once the model has loaded.
		List<JsonNode> hits = eventually("the scanner article answers with confidence",
				() -> search("q=" + enc("扫码枪没反应") + "&chapter=" + chapter),
				found -> !found.isEmpty() && found.getFirst().get("articleId").asLong() == scannerUnreadable
						&& found.getFirst().get("score").asDouble() >= 0.5);
		assertThat(hits.getFirst().get("title").asString()).isEqualTo("条码扫描器无法识别商品条码");
	}

	@Test
	void anUnrelatedQuestionScoresLow() {
		eventually("vectors are in", () -> search("q=" + enc("扫码枪没反应")),
				found -> !found.isEmpty() && found.getFirst().get("score").asDouble() >= 0.5);
		List<JsonNode> hits = search("q=" + enc("今天中午食堂吃什么菜"));
		assertThat(hits).allSatisfy(hit -> assertThat(hit.get("score").asDouble()).as(hit.toString()).isLessThan(0.4));
	}

	@Test
	void wordsFoundOnlyInTheTitleCount() {
		long article = knowledge.publish(Article.hq(ArticleKind.FAQ, "esl", "电子价签不显示价格",
				"先看基站指示灯是否常亮，再用手持终端重新绑定商品。").in(chapter));
		// The meaning alone scores at most 0.85; above 0.9 the title's words count too (the vector comes a little
		// after the article is published).
		List<JsonNode> hits = eventually("found by its title's words and its meaning",
				() -> search("q=" + enc("价签不显示") + "&chapter=" + chapter),
				found -> !found.isEmpty() && found.getFirst().get("score").asDouble() > 0.9);
		assertThat(ids(hits).getFirst()).isEqualTo(article);
	}

	@Test
	void englishQuestionsFindEnglishArticles() {
		List<JsonNode> hits = search("q=" + enc("printer jam"));
		assertThat(hits).isNotEmpty();
		assertThat(hits.getFirst().get("articleId").asLong()).isEqualTo(englishPrinter);
		assertThat(hits.getFirst().get("language").asString()).isEqualTo("en");
		assertThat(hits.getFirst().get("snippet").asString()).contains("<mark>printer</mark>").contains("<mark>jam</mark>");
	}

	@Test
	void anErrorCodeFindsTheArticleWithThatExactCodeFirst() {
		List<JsonNode> hits = search("q=" + enc("E-7743"));
		assertThat(ids(hits)).startsWith(codeArticle);
		assertThat(hits.getFirst().get("score").asDouble()).isGreaterThanOrEqualTo(0.9);
		assertThat(ids(search("q=" + enc("打印机报错 e-7743")))).as("written in lower case, among words").startsWith(codeArticle);
	}

	@Test
	void snippetsMarkTheWordsFoundAndEscapeTheRest() {
		long article = knowledge.publish(Article.hq(ArticleKind.FAQ, "store-app", "门店App登录页显示乱码",
				"登录页出现 <script>乱码</script> 字样时，清除门店App缓存后重新登录即可。"));
		List<JsonNode> hits = eventually("indexed", () -> search("q=" + enc("门店App 缓存")), found -> ids(found).contains(article));
		String snippet = hits.get(ids(hits).indexOf(article)).get("snippet").asString();
		assertThat(snippet).contains("<mark>缓存</mark>").contains("&lt;script&gt;").doesNotContain("<script>");
	}

	@Test
	void aStoreSeesItsRegionsReplacementInsteadOfTheHqArticleAndNotOtherRegions() {
		long east = TestOrg.region(jdbc, "KS", "{\"zh-CN\":\"检索东区\",\"zh-TW\":\"檢索東區\",\"en\":\"Search East\"}");
		long west = TestOrg.region(jdbc, "KW", "{\"zh-CN\":\"检索西区\",\"zh-TW\":\"檢索西區\",\"en\":\"Search West\"}");
		long eastStore = TestOrg.store(jdbc, east, "KSE", "{\"zh-CN\":\"检索东店\",\"zh-TW\":\"檢索東店\",\"en\":\"East store\"}");
		long westStore = TestOrg.store(jdbc, west, "KSW", "{\"zh-CN\":\"检索西店\",\"zh-TW\":\"檢索西店\",\"en\":\"West store\"}");
		long hq = knowledge.publish(Article.hq(ArticleKind.HOW_TO, "membership-points", "会员积分兑换礼品的流程",
				"会员在收银台出示会员码，收银员在积分兑换页面选择礼品并确认。"));
		// The east store reads HQ's article until its region replaces it: what it sees must follow the replacement.
		eventually("HQ's article reaches the east store", () -> search("q=" + enc("积分兑换礼品") + "&store=" + eastStore),
				found -> ids(found).contains(hq));
		long eastVersion = knowledge.publish(Article.hq(ArticleKind.HOW_TO, "membership-points", "东区会员积分兑换礼品流程",
				"东区门店的会员积分兑换礼品须在服务台办理，收银台不能兑换。").in("region:" + east).replacing(hq));
		long westOnly = knowledge.publish(Article.hq(ArticleKind.FAQ, "membership-points", "西区积分兑换礼品常见问题",
				"西区会员积分兑换礼品时如果提示库存不足，请联系区域仓库。").in("region:" + west));
		eventually("indexed", () -> search("q=" + enc("积分兑换礼品")), found -> ids(found).containsAll(List.of(hq, eastVersion, westOnly)));

		List<Long> seenInTheEast = ids(search("q=" + enc("积分兑换礼品") + "&store=" + eastStore));
		assertThat(seenInTheEast).contains(eastVersion).doesNotContain(hq, westOnly);
		List<Long> seenInTheWest = ids(search("q=" + enc("积分兑换礼品") + "&store=" + westStore));
		assertThat(seenInTheWest).contains(hq, westOnly).doesNotContain(eastVersion);
		assertThat(ids(search("q=" + enc("积分兑换礼品") + "&store=" + westStore + "&chapter=hq"))).contains(hq)
				.doesNotContain(westOnly);

		ApiCaller.Reply outside = ApiCaller.as(port, "manager1").get("/api/v1/knowledge/search?q=" + enc("积分") + "&store=" + eastStore);
		assertThat(outside.status()).as(outside.body()).isEqualTo(403);
	}

	@Test
	void aRegionAddsItsOwnSynonymsForItsStoresOnly() {
		long south = TestOrg.region(jdbc, "KY", "{\"zh-CN\":\"检索南区\",\"zh-TW\":\"檢索南區\",\"en\":\"Search South\"}");
		long north = TestOrg.region(jdbc, "KN", "{\"zh-CN\":\"检索北区\",\"zh-TW\":\"檢索北區\",\"en\":\"Search North\"}");
		long southStore = TestOrg.store(jdbc, south, "KYS", "{\"zh-CN\":\"检索南店\",\"zh-TW\":\"檢索南店\",\"en\":\"South store\"}");
		long northStore = TestOrg.store(jdbc, north, "KNS", "{\"zh-CN\":\"检索北店\",\"zh-TW\":\"檢索北店\",\"en\":\"North store\"}");
		long article = knowledge.publish(Article.hq(ArticleKind.TROUBLESHOOTING, "store-app", "冷柜温度报警",
				"冷柜显示温度过高并报警时，先检查柜门是否关严，再清理冷柜底部的散热网。"));
		eventually("indexed", () -> search("q=" + enc("冷柜温度报警")), found -> ids(found).contains(article));

		ApiCaller.Reply set = admin.put("/api/v1/config/knowledge.synonyms?scope=region:" + south,
				Map.of("value", List.of("冷柜,雪柜,冷藏柜")));
		assertThat(set.status()).as(set.body()).isEqualTo(200);

		JsonNode inTheSouth = hit(search("q=" + enc("雪柜") + "&store=" + southStore), article);
		assertThat(inTheSouth).as("the region's own word finds the article").isNotNull();
		assertThat(inTheSouth.get("score").asDouble()).isGreaterThanOrEqualTo(0.75);
		assertThat(inTheSouth.get("snippet").asString()).contains("<mark>冷柜</mark>");
		JsonNode inTheNorth = hit(search("q=" + enc("雪柜") + "&store=" + northStore), article);
		assertThat(inTheNorth == null ? 0 : inTheNorth.get("score").asDouble()).as("another region has no such synonym")
				.isLessThan(inTheSouth.get("score").asDouble() - 0.2);
		assertThat(search("q=" + enc("收款机") + "&store=" + southStore)).as("HQ's synonyms still hold in the region")
				.isNotEmpty().first().satisfies(top -> assertThat(top.get("category").asString()).startsWith("pos"));

		ApiCaller.Reply refused = admin.put("/api/v1/config/knowledge.synonyms?scope=region:" + south,
				Map.of("value", List.of("只有一个词")));
		assertThat(refused.status()).as(refused.body()).isEqualTo(422);
	}

	private static JsonNode hit(List<JsonNode> hits, long article) {
		return hits.stream().filter(h -> h.get("articleId").asLong() == article).findFirst().orElse(null);
	}

	@Test
	void filtersByKindAndCategory() {
		assertThat(search("q=" + enc("打印机") + "&kind=faq")).isNotEmpty()
				.allSatisfy(hit -> assertThat(hit.get("kind").asString()).isEqualTo("FAQ"));
		assertThat(search("q=" + enc("条码") + "&category=pos")).isNotEmpty()
				.allSatisfy(hit -> assertThat(hit.get("category").asString()).startsWith("pos-"));
	}

	@Test
	void anEditIsSearchableAndARetiredArticleIsGone() {
		long article = knowledge.publish(Article.hq(ArticleKind.FAQ, "cctv", "监控录像无法回放",
				"监控主机硬盘已满时录像无法回放，请删除三十天前的录像。"));
		eventually("indexed", () -> search("q=" + enc("录像回放")), found -> ids(found).contains(article));
		knowledge.edit(article, "监控录像无法回放", "监控主机提示磁盘阵列降级时录像无法回放，请联系监控供应商更换硬盘。");
		eventually("the new words count", () -> search("q=" + enc("磁盘阵列降级")), found -> ids(found).contains(article));
		knowledge.retire(article);
		eventually("retired", () -> search("q=" + enc("录像回放")), found -> !ids(found).contains(article));
	}

	@Test
	void badParametersAreNamed() {
		assertProblem(admin.get("/api/v1/knowledge/search?q="), 400, "q");
		assertProblem(admin.get("/api/v1/knowledge/search"), 400, "q");
		assertProblem(admin.get("/api/v1/knowledge/search?q=" + enc("   ")), 400, "q");
		assertProblem(admin.get("/api/v1/knowledge/search?q=" + "打".repeat(201)), 400, "q");
		assertProblem(admin.get("/api/v1/knowledge/search?q=" + enc("打印机") + "&kind=recipe"), 400, "kind");
		assertProblem(admin.get("/api/v1/knowledge/search?q=" + enc("打印机") + "&limit=0"), 400, "limit");
		assertProblem(admin.get("/api/v1/knowledge/search?q=" + enc("打印机") + "&store=abc"), 400, "store");
		assertThat(admin.get("/api/v1/knowledge/search?q=" + enc("打印机") + "&store=99999999").status()).isEqualTo(404);
		assertThat(admin.get("/api/v1/knowledge/search?q=" + enc("!!! ??? ***")).status()).as("nothing to search for is no error")
				.isEqualTo(200);
	}

	private static void assertProblem(ApiCaller.Reply reply, int status, String field) {
		assertThat(reply.status()).as(reply.body()).isEqualTo(status);
		List<String> fields = new ArrayList<>();
		reply.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
		assertThat(fields).as(reply.body()).contains(field);
	}

	private List<JsonNode> search(String query) {
		ApiCaller.Reply reply = admin.get("/api/v1/knowledge/search?" + query);
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		List<JsonNode> hits = new ArrayList<>();
		reply.json().forEach(hits::add);
		return hits;
	}

	private static List<Long> ids(List<JsonNode> hits) {
		return hits.stream().map(hit -> hit.get("articleId").asLong()).toList();
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/** Asks again for up to a minute: indexing follows the commit, and the model may still be loading. */
	static <T> T eventually(String what, java.util.function.Supplier<T> ask, Predicate<T> done) {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		T answer = ask.get();
		while (!done.test(answer) && System.nanoTime() < deadline) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
			answer = ask.get();
		}
		assertThat(done.test(answer)).as("%s: %s", what, answer).isTrue();
		return answer;
	}

}
