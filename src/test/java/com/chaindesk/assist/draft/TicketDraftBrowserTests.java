package com.chaindesk.assist.draft;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.chaindesk.ApiCaller;
import com.chaindesk.BrowserTest;
import com.chaindesk.ChainDeskTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The report form's "帮我填写" as store staff use it, on the phone and the laptop. staff1 works at SH-XH-01. */
@ChainDeskTest
class TicketDraftBrowserTests extends BrowserTest {

	/**
	 * A draft from a photo runs Tesseract with three languages: a few seconds on a busy two-core CI machine, beyond
	 * Playwright's default 5 s wait for an assertion.
	 */
	private static final IsVisibleOptions DRAFTED = new IsVisibleOptions().setTimeout(30_000);

	@Autowired
	ProblemClassifier classifier;

	@BeforeEach
	void modelReady() throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(60));
		while (!classifier.ready() && Instant.now().isBefore(until)) {
			Thread.sleep(100);
		}
	}

	@Test
	void staffTypeWhatIsWrongAndTheFormFillsItselfOnThePhone() {
		String code = "E-" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
		openElsewhere("POS机开机报错 " + code, code);
		Page page = open(Screen.PHONE, "zh-CN");
		signIn(page, "staff1");
		page.navigate(url("/tickets/new"));
		page.locator("#description").fill("你好，麻烦看下，所有收银机都开不了机，屏幕显示" + code + "，顾客在排队");
		screenshot(page, "draft-before-phone-zh-CN");
		page.locator("#draft-fill").click();
		assertThat(page.locator("#draft-result")).isVisible(DRAFTED);
		assertThat(page.locator("#c-pos-terminal")).isChecked();
		assertThat(page.locator("#g-pos")).isChecked();
		assertThat(page.locator("#impact-HIGH")).isChecked();
		assertThat(page.locator("#urgency-HIGH")).isChecked();
		assertThat(page.locator("#subject")).hasValue("所有收银机都开不了机 " + code);
		assertThat(page.locator("#device")).hasValue("POS机");
		assertThat(page.locator("#draft-confidence")).hasText(java.util.regex.Pattern.compile("把握较大|可能是这个，请确认|不太确定，请检查"));
		assertThat(page.locator("#draft-similar-list")).containsText("同一错误代码 " + code + "，另有 1 家门店");
		page.locator("#draft").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
				.setPath(SCREENSHOTS.resolve("draft-panel-phone-zh-CN.png")));
		screenshot(page, "draft-after-phone-zh-CN");

		// Every field stays the reporter's: change the subject, answer the POS question the category brings, and send.
		page.locator("#subject").fill("全部收银机开不了机 " + code);
		page.locator("#cf-register").fill("01-03");
		page.locator("#send").click();
		assertThat(page.locator("#done-number")).containsText("INC-");
	}

	@Test
	void onTheLaptopAPhotoOfTheErrorScreenIsEnough() {
		String code = "PRN-" + ThreadLocalRandom.current().nextInt(100, 999);
		byte[] screen = DraftMedia.errorScreen("打印机错误", "错误代码 " + code, "小票打印机卡纸");
		Page page = open(Screen.LAPTOP, "zh-CN");
		signIn(page, "staff1");
		page.navigate(url("/tickets/new"));
		page.locator("#photo").setInputFiles(new FilePayload("screen.png", "image/png", screen));
		screenshot(page, "draft-before-laptop-zh-CN");
		page.locator("#draft-fill").click();
		assertThat(page.locator("#draft-result")).isVisible(DRAFTED);
		assertThat(page.locator("#c-printer-receipt")).isChecked();
		assertThat(page.locator("#subject")).hasValue(java.util.regex.Pattern.compile(code));
		assertThat(page.locator("#draft-recognized")).containsText(code);
		screenshot(page, "draft-after-laptop-zh-CN");
	}

	@Test
	void taiwanStaffGetTaiwanWordsAndNothingGivenSaysWhatToDo() {
		Page page = open(Screen.PHONE, "zh-TW");
		signIn(page, "staff1");
		page.navigate(url("/tickets/new"));
		page.locator("#draft-fill").click();
		assertThat(page.locator("#draft-warnings")).containsText("請先寫幾句問題描述");
		page.locator("#description").fill("掃碼槍沒反應 掃不到條碼");
		page.locator("#draft-fill").click();
		assertThat(page.locator("#c-pos-scanner")).isChecked();
		assertThat(page.locator("#device")).hasValue("掃碼槍");
		screenshot(page, "draft-after-phone-zh-TW");
	}

	@Test
	void inEnglishTheConfidenceIsInPlainWords() {
		Page page = open(Screen.LAPTOP, "en");
		signIn(page, "staff1");
		page.navigate(url("/tickets/new"));
		page.locator("#description").fill("wifi又断了 手持终端连不上");
		page.locator("#draft-fill").click();
		assertThat(page.locator("#c-network-wifi")).isChecked();

		// A file that is no photo is named on the form, in the reader's words, and nothing else is lost.
		page.locator("#photo").setInputFiles(new FilePayload("notes.txt", "text/plain", DraftMedia.notAnImage()));
		page.locator("#draft-fill").click();
		assertThat(page.locator("#draft-warnings")).containsText("This photo cannot be opened");
		assertThat(page.locator("#photo")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
		assertThat(page.locator("#description")).hasValue("wifi又断了 手持终端连不上");
		assertThat(page.locator("#draft-confidence")).hasText(java.util.regex.Pattern.compile("Fairly sure|Probably this|Not sure"));
		screenshot(page, "draft-after-laptop-en");
	}

	private void openElsewhere(String subject, String code) {
		ApiCaller admin = ApiCaller.as(port, "admin");
		JsonNode content = admin.get("/api/v1/org/stores?q=NJ-JY-01").json().get("content");
		long store = content.valueStream().filter(s -> s.get("code").asString().equals("NJ-JY-01")).findFirst().orElseThrow()
				.get("id").asLong();
		Map<String, Object> body = new HashMap<>();
		body.put("type", "INCIDENT");
		body.put("store", store);
		body.put("category", "printer-receipt");
		body.put("subject", subject);
		body.put("description", "屏幕显示 " + code);
		body.put("impact", "MEDIUM");
		body.put("urgency", "MEDIUM");
		admin.post("/api/v1/tickets", body);
	}
}
