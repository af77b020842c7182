package com.chaindesk.assist.chat;

import com.chaindesk.BrowserTest;
import com.chaindesk.ChainDeskTest;
import com.chaindesk.identity.UserAccounts;
import com.chaindesk.knowledge.ArticleKind;
import com.chaindesk.knowledge.GuideStep;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.Role;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A store person chats with the assistant on a phone and a laptop, in the three languages. */
@ChainDeskTest
class ChatBrowserTests extends BrowserTest {

	@Autowired
	KnowledgeFixture knowledge;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	TransactionTemplate transaction;

	String staff;

	@BeforeAll
	void aStoreWithItsOwnArticles() {
		ChatPeople people = new ChatPeople(accounts, transaction, jdbc);
		long region = people.region("聊天页测试大区");
		long store = people.store(region, "聊天页测试门店");
		staff = people.person("chatpage", Role.STORE_STAFF, OrgScope.store(store, region));
		String chapter = "store:" + store;
		knowledge.publish(chapter, ArticleKind.FAQ, "equipment", "自助咖啡机屏幕提示缺豆怎么办",
				"咖啡机屏幕提示缺豆时，打开机器顶部的豆仓，加满咖啡豆后按“确认”键，机器会自动恢复出杯。\n\n其他说明。");
		knowledge.publish(chapter, ArticleKind.TROUBLESHOOTING, "equipment-fridge", "冰淇淋机不制冷排查指南",
				"冰淇淋机不制冷时按下面的步骤排查。", new GuideStep(1, "确认冰淇淋机电源指示灯亮着，插头插紧。", null),
				new GuideStep(2, "清洁机器背面的冷凝器滤网，等待十分钟再试。", null));
		knowledge.publish(chapter, ArticleKind.FAQ, "equipment", "自动售货机不出货",
				"自动售货机投币后不出货，多半是货道卡住：打开前门，把卡住的商品扶正。");
		knowledge.publish(chapter, ArticleKind.FAQ, "equipment", "自动售货机不找零",
				"自动售货机不找零，多半是零钱盒空了：打开后门，把一元硬币补满零钱盒。");
	}

	private Page chat(Screen screen, String language) {
		Page page = open(screen, language);
		page.navigate(url("/login"));
		page.fill("#username", staff);
		page.fill("#password", ChatPeople.PASSWORD);
		page.click("#sign-in");
		page.waitForLoadState();
		page.navigate(url("/assist/chat"));
		return page;
	}

	private void ask(Page page, String question) {
		int before = page.locator(".chat-bot[data-outcome]").count();
		page.locator("#chat-input").fill(question);
		page.locator("#chat-send").click();
		assertThat(page.locator(".chat-bot[data-outcome]")).hasCount(before + 1);
	}

	private void tap(Page page, String id) {
		int before = page.locator(".chat-bot[data-outcome]").count();
		page.locator(id).last().click();
		assertThat(page.locator(".chat-bot[data-outcome]")).hasCount(before + 1);
	}

	@Test
	void anAnsweredQuestionOnThePhone() {
		Page page = chat(Screen.PHONE, "zh-CN");
		ask(page, "咖啡机提示缺豆怎么办");
		assertThat(page.locator(".chat-answer").last()).containsText("加满咖啡豆");
		assertThat(page.locator(".chat-answer").last()).containsText("《自助咖啡机屏幕提示缺豆怎么办》");
		assertThat(page.locator(".chat-article").last()).hasAttribute("href", java.util.regex.Pattern.compile("/knowledge/articles/\\d+"));
		assertThat(page.locator(".chat-confidence").last()).containsText("匹配度");
		assertThat(page.locator("#chat-helped")).isVisible();
		screenshot(page, "chat-answer-phone-zh-CN");

		page.reload(); // the conversation is still there after a reload
		assertThat(page.locator(".chat-answer").last()).containsText("加满咖啡豆");
		tap(page, "#chat-helped");
		assertThat(page.locator(".chat-bot[data-outcome]").last()).hasAttribute("data-outcome", "SOLVED");

		page.locator("#chat-new").click();
		assertThat(page.locator("#chat-welcome")).isVisible();
		assertThat(page.locator(".chat-bot[data-outcome]")).hasCount(0);
	}

	@Test
	void aGuideWalkedToTheEndHandsOffAndTheTicketOpensInOneTap() {
		Page page = chat(Screen.PHONE, "zh-CN");
		ask(page, "冰淇淋机不制冷");
		assertThat(page.locator(".chat-answer").last()).containsText("第 1 步");
		tap(page, "#chat-notfixed");
		assertThat(page.locator(".chat-answer").last()).containsText("冷凝器");
		screenshot(page, "chat-guide-phone-zh-CN");
		tap(page, "#chat-notfixed");
		assertThat(page.locator("#chat-draft")).isVisible();
		assertThat(page.locator("#draft-category")).hasValue("equipment-fridge");
		assertThat(page.locator("#draft-subject")).hasValue("冰淇淋机不制冷");
		screenshot(page, "chat-handoff-phone-zh-CN");
		page.locator("#draft-submit").click();
		assertThat(page.locator("#chat-ticket-sent")).containsText("INC-");
		screenshot(page, "chat-ticket-sent-phone-zh-CN");
	}

	@Test
	void aClarifyingQuestionOnThePhoneThenThePick() {
		Page page = chat(Screen.PHONE, "zh-CN");
		ask(page, "自动售货机坏了");
		assertThat(page.locator(".chat-answer").last()).containsText("还是");
		assertThat(page.locator("#chat-option-2")).isVisible();
		screenshot(page, "chat-clarify-phone-zh-CN");
		String second = page.locator("#chat-option-2").textContent().substring(3);
		tap(page, "#chat-option-2");
		assertThat(page.locator(".chat-answer").last()).containsText("《" + second + "》");
	}

	@Test
	void handOffOnTheLaptopWhenThePersonAsksForOne() {
		Page page = chat(Screen.LAPTOP, "zh-CN");
		ask(page, "咖啡机一直提示缺豆");
		tap(page, "#chat-person");
		assertThat(page.locator("#chat-draft")).isVisible();
		assertThat(page.locator("#draft-description")).hasValue(java.util.regex.Pattern.compile("加满咖啡豆"));
		screenshot(page, "chat-handoff-laptop-zh-CN");
	}

	@Test
	void someoneAboveAStorePicksTheStoreFirst() {
		Page page = open(Screen.LAPTOP, "zh-CN");
		signIn(page, "admin");
		page.navigate(url("/assist/chat"));
		assertThat(page.locator("#pick-store")).isVisible();
		page.locator("#pick-store button").click();
		assertThat(page.locator("#chat-store")).containsText("门店");
		ask(page, "员工食堂今天中午吃什么");
		assertThat(page.locator("#chat-draft")).isVisible();
	}

	@Test
	void taiwanAndEnglishOnce() {
		Page taiwan = chat(Screen.PHONE, "zh-TW");
		ask(taiwan, "冰淇淋機不製冷");
		assertThat(taiwan.locator("#chat-fixed")).hasText("好了，解決了");
		tap(taiwan, "#chat-fixed");
		assertThat(taiwan.locator(".chat-answer").last()).containsText("問題解決了");
		ask(taiwan, "員工餐廳今天吃什麼");
		assertThat(taiwan.locator("#chat-draft")).isVisible();
		screenshot(taiwan, "chat-phone-zh-TW");

		Page english = chat(Screen.PHONE, "en");
		ask(english, "咖啡机提示缺豆");
		assertThat(english.locator(".chat-article").last()).hasText("Read the article");
		tap(english, "#chat-person");
		assertThat(english.locator("#draft-submit")).hasText("Submit ticket");
		screenshot(english, "chat-phone-en");
	}
}
