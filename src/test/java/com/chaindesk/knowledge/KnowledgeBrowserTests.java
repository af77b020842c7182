package com.chaindesk.knowledge;

import static com.chaindesk.knowledge.KnowledgeFixture.article;
import static com.chaindesk.knowledge.KnowledgeFixture.publish;
import static com.chaindesk.knowledge.KnowledgeFixture.unique;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Map;

import com.chaindesk.ApiCaller;
import com.chaindesk.BrowserTest;
import com.chaindesk.ChainDeskTest;
import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.StoreRef;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The knowledge pages as store staff, authors and reviewers use them, on a phone and on a laptop. */
@ChainDeskTest
class KnowledgeBrowserTests extends BrowserTest {

	@Autowired
	OrgDirectory directory;

	private Map<String, Object> guide(String title) {
		Map<String, Object> guide = article("hq", title);
		guide.put("kind", "TROUBLESHOOTING");
		guide.put("body", "小票打印机亮**红灯**、屏幕显示 `E-03` 时，多半是卡纸。<script>alert(1)</script>");
		guide.put("steps", List.of(
				Map.of("number", 1, "instruction", "关掉打印机电源，打开上盖。"),
				Map.of("number", 2, "instruction", "取出卡住的纸屑，检查切刀是否复位。", "nextIfNotFixed", 4),
				Map.of("number", 3, "instruction", "（跳过）"),
				Map.of("number", 4, "instruction", "重新装纸，热敏面朝外，合上盖子开机。")));
		return guide;
	}

	@Test
	void storeStaffWalkAGuideOnTheirPhoneAndSayItHelped() {
		ApiCaller engineer1 = ApiCaller.as(port, "engineer1");
		ApiCaller expert1 = ApiCaller.as(port, "expert1");
		String title = unique("打印机 E-03 卡纸排查");
		long id = publish(engineer1, expert1, guide(title)).get("id").asLong();

		Page page = open(Screen.PHONE, "zh-CN");
		signIn(page, "staff1");
		page.navigate(url("/knowledge"));
		assertThat(page.locator("#news")).containsText(title);
		assertThat(page.locator("#tile-printer")).isVisible();
		screenshot(page, "knowledge-home-phone-zh-CN");

		page.locator("#tile-printer").click();
		assertThat(page.locator("#articles")).containsText(title);
		screenshot(page, "knowledge-category-phone-zh-CN");

		page.navigate(url("/knowledge/articles/" + id));
		assertThat(page.locator("#article-body")).containsText("<script>alert(1)</script>");
		assertThat(page.locator("#article-body strong")).hasText("红灯");
		assertThat(page.locator("#guide")).containsText("第 1 步，共 4 步");
		screenshot(page, "knowledge-article-phone-zh-CN");
		page.locator("#guide-not-fixed").click();
		assertThat(page.locator("#guide")).containsText("第 2 步");
		page.locator("#guide-not-fixed").click();
		assertThat(page.locator("#guide")).containsText("重新装纸");
		page.locator("#guide-fixed").click();
		assertThat(page.locator("#guide-solved")).isVisible();
		page.locator("#feedback-comment").fill("第二步写得很清楚");
		page.locator("#helpful").click();
		assertThat(page.locator("#feedback-thanks")).isVisible();
		screenshot(page, "knowledge-article-done-phone-zh-CN");

		page.navigate(url("/knowledge?q=" + title.substring(0, 6)));
		assertThat(page.locator("#hits")).containsText(title);
		screenshot(page, "knowledge-search-phone-zh-CN");
	}

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void theDemosPrinterGuideShowsThePanelPictureOnAPhone() {
		long id = jdbc.sql("""
				select a.id from knowledge.article a join knowledge.article_version v on v.article_id = a.id
				  and v.number = a.published_version where a.chapter = 'hq' and v.title = '小票打印机 E-03 卡纸（红灯闪烁）'
				""").query(Long.class).single();
		Page page = open(Screen.PHONE, "zh-CN");
		signIn(page, "staff1");
		page.navigate(url("/knowledge/articles/" + id));
		com.microsoft.playwright.Locator picture = page.locator("#article-body img");
		assertThat(picture).isVisible();
		org.assertj.core.api.Assertions.assertThat(((Number) picture.evaluate("img => img.naturalWidth")).intValue()).isEqualTo(480);
		screenshot(page, "knowledge-demo-guide-phone-zh-CN");

		long wifi = jdbc.sql("""
				select a.id from knowledge.article a join knowledge.article_version v on v.article_id = a.id
				  and v.number = a.published_version where a.chapter = 'hq' and v.title = '店员手持终端连不上门店 Wi-Fi'
				""").query(Long.class).single();
		Page other = open(Screen.PHONE, "zh-CN");
		signIn(other, "manager2");
		other.navigate(url("/knowledge/articles/" + wifi));
		assertThat(other.locator("#article-body table td").first()).hasText("STORE-OPS");
		screenshot(other, "knowledge-demo-table-phone-zh-CN");
	}

	@Test
	void aStoreSeesItsRegionsVersionInsteadOfHqsOnTheLaptop() {
		ApiCaller engineer1 = ApiCaller.as(port, "engineer1");
		ApiCaller expert1 = ApiCaller.as(port, "expert1");
		StoreRef store = directory.storeByCode(KnowledgeFixture.FIRST_STORE).orElseThrow();
		long hq = publish(engineer1, expert1, article("hq", unique("收银机无法开机"))).get("id").asLong();
		Map<String, Object> local = article("region:" + store.regionId(), unique("华东：收银机无法开机（先查 UPS）"));
		local.put("replaces", hq);
		local.put("category", "pos-terminal");
		long region = publish(ApiCaller.as(port, "region1"), ApiCaller.as(port, "admin"), local).get("id").asLong();

		Page page = open(Screen.LAPTOP, "zh-CN");
		signIn(page, "staff1");
		page.navigate(url("/knowledge"));
		assertThat(page.locator("#news")).containsText("华东：收银机无法开机");
		screenshot(page, "knowledge-home-laptop-zh-CN");
		page.navigate(url("/knowledge/articles/" + hq));
		assertThat(page.locator("#replaced-notice")).isVisible();
		page.locator("#replaced-notice a").click();
		assertThat(page.locator("#article-title")).containsText("先查 UPS");
		screenshot(page, "knowledge-article-local-laptop-zh-CN");

		Page en = open(Screen.PHONE, "en");
		signIn(en, "manager1");
		en.navigate(url("/knowledge/articles/" + region));
		assertThat(en.locator("#feedback")).containsText("Was this article helpful?");
		screenshot(en, "knowledge-article-phone-en");
	}

	@Test
	void anEngineerWritesWithAPreviewAndAnotherPublishesIt() {
		Page page = open(Screen.LAPTOP, "zh-CN");
		signIn(page, "engineer1");
		page.navigate(url("/knowledge/articles/new"));
		String title = unique("条码扫描器无法识别条码");
		page.locator("#title").fill(title);
		page.locator("#category").selectOption("pos-scanner");
		page.locator("#tags").fill("扫码枪, 条码");
		page.locator("#body").fill("## 先试这两步\n\n- 擦干净扫描窗口\n- **重新插拔** USB 线");
		assertThat(page.locator("#preview h2")).hasText("先试这两步");
		assertThat(page.locator("#steps")).isHidden();
		page.locator("#kind").selectOption("TROUBLESHOOTING");
		assertThat(page.locator("#steps")).isVisible();
		page.locator("[id='steps0.instruction']").fill("擦干净扫描窗口，再扫一次。");
		page.locator("[id='steps1.instruction']").fill("重新插拔 USB 线，听到提示音后再扫。");
		screenshot(page, "knowledge-edit-laptop-zh-CN");
		page.locator("#save").click();
		assertThat(page.locator("#saved")).isVisible();
		page.locator("#submit-only").click();
		assertThat(page.locator("#submitted")).isVisible();
		assertThat(page.locator("#status")).hasText("审核中");

		Page reviewer = open(Screen.LAPTOP, "zh-CN");
		signIn(reviewer, "expert1");
		reviewer.navigate(url("/knowledge/review"));
		assertThat(reviewer.locator("#queue")).containsText(title);
		screenshot(reviewer, "knowledge-review-laptop-zh-CN");
		reviewer.locator("#queue a", new Page.LocatorOptions().setHasText(title)).click();
		assertThat(reviewer.locator("#draft")).containsText("重新插拔 USB 线，听到提示音后再扫。");
		screenshot(reviewer, "knowledge-review-first-laptop-zh-CN");
		reviewer.locator("#approve").click();
		assertThat(reviewer.locator("#notice")).isVisible();
	}

	@Test
	void aRegionManagerReviewsTheChangesInTraditionalChinese() {
		StoreRef store = directory.storeByCode(KnowledgeFixture.FIRST_STORE).orElseThrow();
		ApiCaller manager1 = ApiCaller.as(port, "manager1");
		JsonNode live = publish(manager1, ApiCaller.as(port, "region1"),
				article("store:" + store.id(), unique("本店 2 号收银台打印机卡纸")));
		long id = live.get("id").asLong();
		Map<String, Object> changed = article("store:" + store.id(), live.get("content").get("title").asString());
		changed.put("body", "先关机，打开上盖，取出卡住的纸。\n\n备用纸卷放在收银台下方左侧抽屉。\n\n再开机测试打印。");
		changed.put("version", live.get("version").asInt());
		JsonNode edited = manager1.put("/api/v1/knowledge/articles/" + id, changed).json();
		manager1.post("/api/v1/knowledge/articles/" + id + "/submit", Map.of("version", edited.get("version").asInt()));

		Page page = open(Screen.PHONE, "zh-TW");
		signIn(page, "region1");
		page.navigate(url("/knowledge/review/" + id));
		assertThat(page.locator("#diff")).containsText("备用纸卷放在收银台下方左侧抽屉");
		assertThat(page.locator("#decide")).isVisible();
		screenshot(page, "knowledge-review-diff-phone-zh-TW");
		page.locator("#send-back").click();
		assertThat(page.locator("#alert")).isVisible();
		page.locator("#reason").fill("請寫明抽屜編號");
		page.locator("#send-back").click();
		assertThat(page.locator("#notice")).isVisible();

		Page author = open(Screen.PHONE, "zh-TW");
		signIn(author, "manager1");
		author.navigate(url("/knowledge/articles/" + id + "/edit"));
		assertThat(author.locator("#review-note")).containsText("請寫明抽屜編號");
		screenshot(author, "knowledge-edit-phone-zh-TW");
		author.navigate(url("/knowledge/write"));
		screenshot(author, "knowledge-write-phone-zh-TW");
	}

	@Test
	void anEngineerTurnsASolvedTicketIntoADraftFromTheTicketPage() {
		StoreRef store = directory.storeByCode(KnowledgeFixture.FIRST_STORE).orElseThrow();
		ApiCaller staff1 = ApiCaller.as(port, "staff1");
		ApiCaller agent1 = ApiCaller.as(port, "agent1");
		Map<String, Object> report = new java.util.HashMap<>();
		report.put("type", "INCIDENT");
		report.put("store", store.id());
		report.put("category", "network-wifi");
		report.put("subject", unique("手持终端连不上 Wi-Fi"));
		report.put("description", "早班 3 台 PDA 都连不上 STORE-OPS。");
		report.put("impact", "MEDIUM");
		report.put("urgency", "MEDIUM");
		long ticket = staff1.post("/api/v1/tickets", report).json().get("id").asLong();
		agent1.post("/api/v1/tickets/" + ticket + "/assign", Map.of("agent", "agent1", "version", 0));
		agent1.post("/api/v1/tickets/" + ticket + "/transitions", Map.of("to", "IN_PROGRESS"));
		agent1.post("/api/v1/tickets/" + ticket + "/comments", Map.of("text", "无线 AP 的 PoE 交换机掉电，重新上电后恢复。"));
		agent1.post("/api/v1/tickets/" + ticket + "/transitions", Map.of("to", "RESOLVED"));

		Page page = open(Screen.LAPTOP, "zh-CN");
		signIn(page, "engineer1");
		page.navigate(url("/tickets/" + ticket));
		page.locator("#to-knowledge").click();
		assertThat(page.locator("#notice")).isVisible();
		assertThat(page.locator("#title")).hasValue((String) report.get("subject"));
		assertThat(page.locator("#preview")).containsText("重新上电后恢复");
		screenshot(page, "knowledge-from-ticket-laptop-zh-CN");

		Page store1 = open(Screen.PHONE, "zh-CN");
		signIn(store1, "staff1");
		store1.navigate(url("/tickets/" + ticket));
		assertThat(store1.locator("#to-knowledge")).hasCount(0);
	}

	@Test
	void everyRoleOpensTheKnowledgeHomeAndOnlyWritersAndReviewersTheirPages() {
		for (String user : List.of("admin", "region1", "manager1", "staff1", "agent1", "engineer1", "vendor1", "trainer1")) {
			Page page = open(Screen.PHONE, "zh-CN");
			signIn(page, user);
			page.navigate(url("/knowledge"));
			assertThat(page.locator("#tiles")).isVisible();
			int write = page.navigate(url("/knowledge/write")).status();
			int review = page.navigate(url("/knowledge/review")).status();
			boolean writer = !List.of("staff1", "vendor1").contains(user);
			boolean reviewer = List.of("admin", "region1", "manager1", "engineer1").contains(user);
			org.assertj.core.api.Assertions.assertThat(write).as(user + " /knowledge/write").isEqualTo(writer ? 200 : 403);
			org.assertj.core.api.Assertions.assertThat(review).as(user + " /knowledge/review").isEqualTo(reviewer ? 200 : 403);
		}
	}
}
