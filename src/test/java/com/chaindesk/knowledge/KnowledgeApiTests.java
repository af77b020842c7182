package com.chaindesk.knowledge;

import static com.chaindesk.knowledge.KnowledgeFixture.article;
import static com.chaindesk.knowledge.KnowledgeFixture.draft;
import static com.chaindesk.knowledge.KnowledgeFixture.fields;
import static com.chaindesk.knowledge.KnowledgeFixture.ids;
import static com.chaindesk.knowledge.KnowledgeFixture.publish;
import static com.chaindesk.knowledge.KnowledgeFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.chaindesk.ApiCaller;
import com.chaindesk.ChainDeskTest;
import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.StoreRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Writing, reviewing and reading knowledge over the API, as authors, reviewers and stores notice it. */
@ChainDeskTest
class KnowledgeApiTests {

	@LocalServerPort
	int port;

	@Autowired
	OrgDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KnowledgeEventsHeard heard;

	@Autowired
	KnowledgeArticles published;

	@Autowired
	com.chaindesk.knowledge.search.PublishedArticleSource index;

	ApiCaller admin;
	ApiCaller engineer1;
	ApiCaller expert1;
	ApiCaller region1;
	ApiCaller manager1;
	ApiCaller staff1;
	ApiCaller manager2;
	StoreRef firstStore;
	StoreRef otherStore;

	@BeforeEach
	void setUp() {
		admin = ApiCaller.as(port, "admin");
		engineer1 = ApiCaller.as(port, "engineer1");
		expert1 = ApiCaller.as(port, "expert1");
		region1 = ApiCaller.as(port, "region1");
		manager1 = ApiCaller.as(port, "manager1");
		staff1 = ApiCaller.as(port, "staff1");
		manager2 = ApiCaller.as(port, "manager2");
		firstStore = directory.storeByCode(KnowledgeFixture.FIRST_STORE).orElseThrow();
		otherStore = directory.storeByCode(KnowledgeFixture.OTHER_STORE).orElseThrow();
	}

	private List<Long> shelf(ApiCaller reader) {
		return ids(reader.get("/api/v1/knowledge/articles?category=printer&limit=500"));
	}

	@Test
	void aDraftGoesThroughReviewToTheStoresAndTheAuthorCannotApproveItAlone() {
		JsonNode draft = draft(engineer1, article("hq", unique("小票打印机卡纸怎么办")));
		long id = draft.get("id").asLong();
		assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
		assertThat(staff1.get("/api/v1/knowledge/articles/" + id + "/published").status()).isEqualTo(404);
		assertThat(staff1.post("/api/v1/knowledge/articles/" + id + "/submit", Map.of("version", 0)).status()).isEqualTo(403);

		JsonNode submitted = engineer1.post("/api/v1/knowledge/articles/" + id + "/submit", Map.of("version", 0)).json();
		assertThat(submitted.get("status").asString()).isEqualTo("IN_REVIEW");
		assertThat(ids(expert1.get("/api/v1/knowledge/review"))).contains(id);
		assertThat(ids(region1.get("/api/v1/knowledge/review"))).doesNotContain(id);
		int version = submitted.get("version").asInt();
		assertThat(engineer1.post("/api/v1/knowledge/articles/" + id + "/approve", Map.of("version", version)).status()).isEqualTo(403);
		assertThat(manager1.post("/api/v1/knowledge/articles/" + id + "/approve", Map.of("version", version)).status()).isIn(403, 404);

		ApiCaller.Reply approved = expert1.post("/api/v1/knowledge/articles/" + id + "/approve", Map.of("version", version));
		assertThat(approved.status()).isEqualTo(200);
		assertThat(approved.json().get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(approved.json().get("publishedVersion").asInt()).isEqualTo(1);
		ApiCaller.Reply read = staff1.get("/api/v1/knowledge/articles/" + id + "/published");
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("article").get("body").asString()).contains("取出卡住的纸");
		assertThat(shelf(manager2)).contains(id);
		assertThat(jdbc.sql("select count(*) from audit.entry where target_type = 'article' and target_id = ?")
				.param(Long.toString(id)).query(Long.class).single()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void aNewDraftOfAPublishedArticleLeavesTheOldVersionLiveUntilApprovedAndTheReviewerSeesTheDiff() {
		JsonNode live = publish(engineer1, expert1, article("hq", unique("扫码枪无法识别条码")));
		long id = live.get("id").asLong();
		Map<String, Object> changed = article("hq", live.get("content").get("title").asString());
		changed.put("body", "先关机，打开上盖，取出卡住的纸。\n\n检查纸卷方向：热敏面朝外。\n\n再开机测试打印。");
		changed.put("version", live.get("version").asInt());
		JsonNode edited = engineer1.put("/api/v1/knowledge/articles/" + id, changed).json();
		assertThat(edited.get("status").asString()).isEqualTo("DRAFT");
		assertThat(edited.get("workingVersion").asInt()).isEqualTo(2);
		assertThat(edited.get("publishedVersion").asInt()).isEqualTo(1);
		assertThat(staff1.get("/api/v1/knowledge/articles/" + id + "/published").json().get("article").get("body").asString())
				.doesNotContain("热敏面朝外");

		JsonNode diff = expert1.get("/api/v1/knowledge/articles/" + id + "/diff?from=1&to=2").json();
		List<String> added = diff.get("lines").valueStream().filter(l -> l.get("change").asString().equals("ADDED"))
				.map(l -> l.get("text").asString()).toList();
		assertThat(added).contains("检查纸卷方向：热敏面朝外。");
		assertThat(expert1.get("/api/v1/knowledge/articles/" + id + "/versions").json().size()).isEqualTo(2);

		JsonNode submitted = engineer1.post("/api/v1/knowledge/articles/" + id + "/submit", Map.of("version", edited.get("version").asInt())).json();
		ApiCaller.Reply back = expert1.post("/api/v1/knowledge/articles/" + id + "/reject", Map.of("version", submitted.get("version").asInt()));
		assertThat(back.status()).isEqualTo(422);
		assertThat(fields(back)).contains("reason");
		JsonNode sentBack = expert1.post("/api/v1/knowledge/articles/" + id + "/reject",
				Map.of("version", submitted.get("version").asInt(), "reason", "请补充纸卷型号")).json();
		assertThat(sentBack.get("status").asString()).isEqualTo("DRAFT");
		assertThat(sentBack.get("reviewNote").asString()).isEqualTo("请补充纸卷型号");
		assertThat(staff1.get("/api/v1/knowledge/articles/" + id + "/published").status()).isEqualTo(200);

		JsonNode retired = engineer1.post("/api/v1/knowledge/articles/" + id + "/retire", Map.of("version", sentBack.get("version").asInt())).json();
		assertThat(retired.get("status").asString()).isEqualTo("RETIRED");
		assertThat(staff1.get("/api/v1/knowledge/articles/" + id + "/published").status()).isEqualTo(404);
	}

	@Test
	void publishingAndRetiringAreAnnouncedAndTheIndexAndChatbotReadOnlyTheLiveVersion() {
		Map<String, Object> guide = article("hq", unique("打印机 E-03 卡纸"));
		guide.put("kind", "TROUBLESHOOTING");
		guide.put("steps", List.of(Map.of("number", 1, "instruction", "打开上盖取出碎纸"),
				Map.of("number", 2, "instruction", "重新装纸，**热敏面**朝外")));
		JsonNode live = publish(engineer1, expert1, guide);
		long id = live.get("id").asLong();
		assertThat(heard.published).anySatisfy(e -> {
			assertThat(e.articleId()).isEqualTo(id);
			assertThat(e.version()).isEqualTo(1);
			assertThat(e.chapter()).isEqualTo("hq");
			assertThat(e.category()).isEqualTo("printer-receipt");
		});
		assertThat(published.published(id)).hasValueSatisfying(v -> assertThat(v.steps()).hasSize(2));
		assertThat(index.published(id)).hasValueSatisfying(a -> {
			assertThat(a.errorCodes()).contains("E-03");
			assertThat(a.text()).contains("热敏面朝外").doesNotContain("**");
		});
		Map<String, Object> changed = new HashMap<>(guide);
		changed.put("title", "改过的标题");
		changed.put("version", live.get("version").asInt());
		engineer1.put("/api/v1/knowledge/articles/" + id, changed);
		assertThat(published.published(id)).hasValueSatisfying(v -> assertThat(v.title()).isNotEqualTo("改过的标题"));

		int version = engineer1.get("/api/v1/knowledge/articles/" + id).json().get("version").asInt();
		assertThat(engineer1.post("/api/v1/knowledge/articles/" + id + "/retire", Map.of("version", version)).status()).isEqualTo(200);
		assertThat(heard.retired).anySatisfy(e -> assertThat(e.articleId()).isEqualTo(id));
		assertThat(published.published(id)).isEmpty();
		assertThat(index.published(id)).isEmpty();
	}

	@Test
	void twoReviewersAtTheSameMomentOnlyOnePublishes() throws Exception {
		JsonNode draft = draft(engineer1, article("hq", unique("钱箱弹不开")));
		long id = draft.get("id").asLong();
		int v = engineer1.post("/api/v1/knowledge/articles/" + id + "/submit", Map.of("version", 0)).json().get("version").asInt();
		var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			var a = pool.submit(() -> expert1.post("/api/v1/knowledge/articles/" + id + "/approve", Map.of("version", v)).status());
			var b = pool.submit(() -> admin.post("/api/v1/knowledge/articles/" + id + "/reject", Map.of("version", v, "reason", "再看看")).status());
			assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(200, 409);
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void twoPeopleChangingOneArticleAtOnceTheSecondGets409() {
		JsonNode draft = draft(engineer1, article("hq", unique("收银机无法开机")));
		long id = draft.get("id").asLong();
		Map<String, Object> first = article("hq", "收银机无法开机（第一人）");
		first.put("version", 0);
		Map<String, Object> second = article("hq", "收银机无法开机（第二人）");
		second.put("version", 0);
		assertThat(engineer1.put("/api/v1/knowledge/articles/" + id, first).status()).isEqualTo(200);
		ApiCaller.Reply late = expert1.put("/api/v1/knowledge/articles/" + id, second);
		assertThat(late.status()).isEqualTo(409);
		assertThat(fields(late)).contains("version");
		assertThat(engineer1.get("/api/v1/knowledge/articles/" + id).json().get("content").get("title").asString())
				.isEqualTo("收银机无法开机（第一人）");

		JsonNode submitted = engineer1.post("/api/v1/knowledge/articles/" + id + "/submit", Map.of("version", 1)).json();
		int v = submitted.get("version").asInt();
		assertThat(expert1.post("/api/v1/knowledge/articles/" + id + "/approve", Map.of("version", v)).status()).isEqualTo(200);
		assertThat(admin.post("/api/v1/knowledge/articles/" + id + "/reject", Map.of("version", v, "reason", "x")).status())
				.isEqualTo(409);
	}

	@Test
	void aStoreSeesHqItsRegionAndItsOwnChapterAndALocalReplacementHidesTheHqArticle() {
		long hq = publish(engineer1, expert1, article("hq", unique("打印机 E-03 卡纸"))).get("id").asLong();
		Map<String, Object> regional = article("region:" + firstStore.regionId(), unique("华东：打印机 E-03 卡纸（本区纸卷）"));
		regional.put("replaces", hq);
		long region = publish(region1, admin, regional).get("id").asLong();
		long local = publish(manager1, region1, article("store:" + firstStore.id(), unique("本店 2 号收银台打印机"))).get("id").asLong();

		assertThat(shelf(staff1)).contains(region, local).doesNotContain(hq);
		assertThat(shelf(manager2)).contains(hq).doesNotContain(region, local);
		assertThat(shelf(region1)).contains(region, local).doesNotContain(hq);
		assertThat(shelf(admin)).contains(hq, region, local);
		assertThat(manager2.get("/api/v1/knowledge/articles/" + local + "/published").status()).isEqualTo(404);
		JsonNode opened = staff1.get("/api/v1/knowledge/articles/" + hq + "/published").json();
		assertThat(opened.get("replacedBy").asLong()).isEqualTo(region);

		assertThat(manager2.post("/api/v1/knowledge/articles", article("store:" + firstStore.id(), "别人的店")).status()).isEqualTo(403);
		assertThat(staff1.post("/api/v1/knowledge/articles", article("store:" + firstStore.id(), "店员不写")).status()).isEqualTo(403);
		Map<String, Object> hqReplacing = article("hq", "HQ 不替换");
		hqReplacing.put("replaces", hq);
		assertThat(fields(engineer1.post("/api/v1/knowledge/articles", hqReplacing))).contains("replaces");
	}

	@Test
	void badInputIsAProblemNamingTheField() {
		Map<String, Object> bad = new HashMap<>(article("hq", ""));
		bad.put("category", "no-such-category");
		bad.put("language", "fr");
		ApiCaller.Reply reply = engineer1.post("/api/v1/knowledge/articles", bad);
		assertThat(reply.status()).isEqualTo(422);
		assertThat(fields(reply)).contains("title", "category", "language");

		Map<String, Object> guide = article("hq", unique("网络断开排查"));
		guide.put("kind", "TROUBLESHOOTING");
		guide.put("category", "network-down");
		guide.put("steps", List.of(Map.of("number", 1, "instruction", "重启路由器", "nextIfNotFixed", 9)));
		assertThat(fields(engineer1.post("/api/v1/knowledge/articles", guide))).contains("steps[0].nextIfNotFixed");

		assertThat(engineer1.postRaw("/api/v1/knowledge/articles", "application/json", "{\"title\": [").status()).isEqualTo(400);
		ApiCaller.Reply wrongKind = engineer1.postRaw("/api/v1/knowledge/articles", "application/json", "{\"kind\": \"POEM\"}");
		assertThat(wrongKind.status()).isEqualTo(400);
		assertThat(fields(wrongKind)).contains("kind");
		assertThat(engineer1.get("/api/v1/knowledge/articles/999999999").status()).isEqualTo(404);
		ApiCaller.Reply noVersion = engineer1.post("/api/v1/knowledge/articles/" + draft(engineer1, article("hq", unique("x"))).get("id").asLong() + "/submit", Map.of());
		assertThat(noVersion.status()).isEqualTo(422);
		assertThat(fields(noVersion)).contains("version");
		assertThat(fields(engineer1.get("/api/v1/knowledge/feedback-report?from=yesterday&to=2026-01-01T00:00:00Z"))).contains("from");
	}

	@Test
	void imagesAreCheckedForSizeAndTypeAndServedToReaders() {
		long id = draft(engineer1, article("hq", unique("打印机面板指示灯"))).get("id").asLong();
		String token = KnowledgeUploads.token(port, "engineer1");
		byte[] png = KnowledgeUploads.png();
		ApiCaller.Reply ok = KnowledgeUploads.upload(port, token, id, "IMAGE", "panel.png", "image/png", png);
		assertThat(ok.status()).isEqualTo(201);
		ApiCaller.Reply notImage = KnowledgeUploads.upload(port, token, id, "IMAGE", "panel.png", "image/png", "MZ not a picture".getBytes());
		assertThat(notImage.status()).isEqualTo(415);
		assertThat(fields(notImage)).contains("image");
		byte[] huge = new byte[3 * 1024 * 1024];
		System.arraycopy(png, 0, huge, 0, png.length);
		ApiCaller.Reply tooLarge = KnowledgeUploads.upload(port, token, id, "IMAGE", "big.png", "image/png", huge);
		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(fields(tooLarge)).contains("image");
		assertThat(engineer1.get("/api/v1/knowledge/articles/" + id + "/files").json().size()).isEqualTo(1);
	}

	@Test
	void feedbackAndViewsAreCountedPerStoreForTheReport() {
		Instant from = Instant.now().minusSeconds(5);
		long id = publish(engineer1, expert1, article("hq", unique("会员积分没有到账"))).get("id").asLong();
		staff1.get("/api/v1/knowledge/articles/" + id + "/published");
		staff1.get("/api/v1/knowledge/articles/" + id + "/published");
		manager2.get("/api/v1/knowledge/articles/" + id + "/published");
		assertThat(staff1.post("/api/v1/knowledge/articles/" + id + "/feedback", Map.of("helpful", false)).status()).isEqualTo(204);
		assertThat(staff1.post("/api/v1/knowledge/articles/" + id + "/feedback", Map.of("helpful", true, "comment", "有用")).status()).isEqualTo(204);
		assertThat(manager2.post("/api/v1/knowledge/articles/" + id + "/feedback", Map.of("helpful", false, "comment", "没说清楚")).status()).isEqualTo(204);
		assertThat(fields(manager2.post("/api/v1/knowledge/articles/" + id + "/feedback", Map.of("comment", "?")))).contains("helpful");

		String to = Instant.now().plusSeconds(5).toString();
		JsonNode east = row(region1.get("/api/v1/knowledge/feedback-report?from=" + from + "&to=" + to + "&limit=500").json(), id);
		assertThat(east.get("views").asLong()).isEqualTo(2);
		assertThat(east.get("helpful").asLong()).isEqualTo(1);
		assertThat(east.get("notHelpful").asLong()).isEqualTo(0);
		JsonNode all = row(admin.get("/api/v1/knowledge/feedback-report?from=" + from + "&to=" + to + "&limit=500").json(), id);
		assertThat(all.get("views").asLong()).isEqualTo(3);
		assertThat(all.get("notHelpful").asLong()).isEqualTo(1);
	}

	private static JsonNode row(JsonNode report, long id) {
		return report.valueStream().filter(r -> r.get("articleId").asLong() == id).findFirst().orElseThrow();
	}

	@Test
	void aResolvedTicketBecomesADraftForAnEngineer() {
		ApiCaller agent1 = ApiCaller.as(port, "agent1");
		Map<String, Object> report = new HashMap<>();
		report.put("type", "INCIDENT");
		report.put("store", firstStore.id());
		report.put("category", "printer-receipt");
		report.put("subject", "小票打印机显示 E-03");
		report.put("description", "2号收银台小票打印机亮红灯，屏幕显示 E-03。");
		report.put("impact", "MEDIUM");
		report.put("urgency", "HIGH");
		long ticket = staff1.post("/api/v1/tickets", report).json().get("id").asLong();
		assertThat(engineer1.post("/api/v1/knowledge/articles/from-ticket/" + ticket, Map.of()).status()).isEqualTo(422);
		agent1.post("/api/v1/tickets/" + ticket + "/assign", Map.of("agent", "agent1", "version", 0));
		agent1.post("/api/v1/tickets/" + ticket + "/transitions", Map.of("to", "IN_PROGRESS"));
		agent1.post("/api/v1/tickets/" + ticket + "/comments", Map.of("text", "打开上盖取出卷进去的纸，重新装纸后恢复。"));
		assertThat(agent1.post("/api/v1/tickets/" + ticket + "/transitions", Map.of("to", "RESOLVED")).status()).isEqualTo(200);

		ApiCaller.Reply drafted = engineer1.post("/api/v1/knowledge/articles/from-ticket/" + ticket, Map.of());
		assertThat(drafted.status()).isEqualTo(201);
		JsonNode d = drafted.json();
		assertThat(d.get("status").asString()).isEqualTo("DRAFT");
		assertThat(d.get("chapter").asString()).isEqualTo("hq");
		assertThat(d.get("content").get("title").asString()).isEqualTo("小票打印机显示 E-03");
		assertThat(d.get("content").get("category").asString()).isEqualTo("printer-receipt");
		assertThat(d.get("content").get("body").asString()).contains("屏幕显示 E-03", "重新装纸后恢复");
		assertThat(manager2.post("/api/v1/knowledge/articles/from-ticket/" + ticket, Map.of()).status()).isIn(403, 404);
	}
}
