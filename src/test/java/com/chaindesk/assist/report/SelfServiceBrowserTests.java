package com.chaindesk.assist.report;

import com.chaindesk.BrowserTest;
import com.chaindesk.ChainDeskTest;
import com.chaindesk.assist.chat.ChatPeople;
import com.chaindesk.assist.chat.KnowledgeFixture;
import com.chaindesk.identity.UserAccounts;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Region and store managers read the self-service report on a laptop and a phone. */
@ChainDeskTest
class SelfServiceBrowserTests extends BrowserTest {

	@Autowired
	KnowledgeFixture knowledge;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	TransactionTemplate transaction;

	KnownConversations known;

	@BeforeAll
	void sevenConversations() {
		known = new KnownConversations(port, new ChatPeople(accounts, transaction, jdbc), knowledge);
	}

	private Page as(Screen screen, String language, String username) {
		Page page = open(screen, language);
		page.navigate(url("/login"));
		page.fill("#username", username);
		page.fill("#password", ChatPeople.PASSWORD);
		page.click("#sign-in");
		page.waitForLoadState();
		return page;
	}

	@Test
	void aRegionManagerComparesStoresOnTheLaptop() {
		Page page = as(Screen.LAPTOP, "zh-CN", known.regionManager);
		page.navigate(url("/"));
		page.locator("a[href='/assist/report']").first().click();
		assertThat(page.locator("#share")).hasText("29%");
		page.locator("#by-store").click();
		assertThat(page.locator("#rows tbody tr")).hasCount(2);
		assertThat(page.locator("#rows tr[data-row='" + known.storeA + "'] .share")).hasText("40%");
		assertThat(page.locator("#gaps .gap-question").first()).containsText("食堂");
		assertThat(page.locator("#articles tr[data-article='" + known.coffee + "'] .helpful")).hasText("60%");
		screenshot(page, "selfservice-laptop-zh-CN");
	}

	@Test
	void aStoreManagerReadsTheirStoreOnThePhone() {
		Page page = as(Screen.PHONE, "zh-CN", known.managerA);
		page.navigate(url("/assist/report?groupBy=store"));
		assertThat(page.locator("#share")).hasText("40%");
		assertThat(page.locator("#rows tbody tr")).hasCount(1);
		screenshot(page, "selfservice-phone-zh-CN");

		page.navigate(url("/assist/report?from=2026-02-01&to=2026-01-01"));
		assertThat(page.locator("#from")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
		screenshot(page, "selfservice-bad-range-phone-zh-CN");
	}

	@Test
	void taiwanAndEnglishOnce() {
		Page taiwan = as(Screen.PHONE, "zh-TW", known.regionManager);
		taiwan.navigate(url("/assist/report"));
		assertThat(taiwan.locator("h1")).hasText("自助服務報表");
		screenshot(taiwan, "selfservice-phone-zh-TW");
		Page english = as(Screen.LAPTOP, "en", known.regionManager);
		english.navigate(url("/assist/report?groupBy=store"));
		assertThat(english.locator("h1")).hasText("Self-service report");
		screenshot(english, "selfservice-laptop-en");
	}
}
