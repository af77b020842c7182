package com.chaindesk.config;

import java.util.Map;

import com.chaindesk.ApiCaller;
import com.chaindesk.BrowserTest;
import com.chaindesk.ChainDeskTest;
import com.chaindesk.identity.UserAccounts;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@ChainDeskTest
class ConfigBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	UserAccounts accounts;

	ConfigFixture.Chain chain;

	@BeforeAll
	void chain() {
		chain = new ConfigFixture(jdbc, transaction, accounts).create();
	}

	@Test
	void hqOverridesARegionsThemeAndTheRegionManagerSeesAnHqLockAsReadOnly() {
		Page page = open(Screen.LAPTOP, "zh-CN");
		signIn(page, "admin");
		page.navigate(url("/config?scope=region:" + chain.regionA()));
		Locator theme = page.locator("#setting-brand-theme");
		assertThat(theme.locator(".cd-source")).hasText("总部");
		theme.locator("summary").click();
		theme.locator("input[type=color]").fill("#aa3300");
		theme.locator("input[name=logoUrl]").fill("");
		theme.locator(".cd-save").click();
		assertThat(page.locator("#config-done")).containsText("品牌主题");
		theme = page.locator("#setting-brand-theme");
		assertThat(theme.locator(".cd-source")).hasText("大区");
		assertThat(theme.locator("code")).hasText("#aa3300");
		screenshot(page, "config-region-override-laptop-zh-CN");

		try {
			page.navigate(url("/config?scope=hq"));
			Locator greeting = page.locator("#setting-store-greeting");
			greeting.locator(".cd-lock").click();
			assertThat(page.locator("#setting-store-greeting")).containsText("已在此锁定");
			screenshot(page, "config-hq-laptop-zh-CN");

			Page manager = open(Screen.LAPTOP, "zh-CN");
			signIn(manager, chain.regionManagerA());
			manager.navigate(url("/config"));
			Locator locked = manager.locator("#setting-store-greeting");
			assertThat(locked.locator(".cd-readonly")).containsText("总部已锁定");
			assertThat(locked.locator("form.cd-edit-form")).hasCount(0);
			assertThat(manager.locator("#setting-brand-theme .cd-source")).hasText("大区");
			assertThat(manager.locator("#setting-brand-theme form.cd-edit-form")).hasCount(1);
			screenshot(manager, "config-region-manager-laptop-zh-CN");

			Page phone = open(Screen.PHONE, "zh-CN");
			signIn(phone, chain.regionManagerA());
			phone.navigate(url("/config?scope=store:" + chain.storeA1()));
			assertThat(phone.locator("#setting-store-greeting .cd-readonly")).containsText("总部已锁定");
			assertThat(phone.locator("#setting-brand-theme .cd-readonly")).containsText("只能在总部或大区范围修改");
			screenshot(phone, "config-region-manager-store-phone-zh-CN");
		}
		finally {
			ApiCaller.as(port, "admin").delete("/api/v1/config/store.greeting/lock?scope=hq");
		}
	}

	@Test
	void aStoreManagerSeesWrongInputOnTheFieldAndSavesTheGreeting() {
		Page page = open(Screen.PHONE, "zh-CN");
		signIn(page, chain.storeManagerA1());
		page.navigate(url("/config"));
		Locator greeting = page.locator("#setting-store-greeting");
		greeting.locator("summary").click();
		greeting.locator("input[name='en']").fill("x".repeat(201));
		greeting.locator(".cd-save").click();
		greeting = page.locator("#setting-store-greeting");
		assertThat(greeting.locator("input[name='en']")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
		assertThat(greeting.locator(".invalid-feedback").filter(new Locator.FilterOptions().setHasText("200"))).isVisible();
		screenshot(page, "config-store-error-phone-zh-CN");

		greeting.locator("input[name='en']").fill("Welcome to Xuhui!");
		greeting.locator("input[name='zh-CN']").fill("欢迎来到徐汇店！");
		greeting.locator(".cd-save").click();
		assertThat(page.locator("#setting-store-greeting .cd-source")).hasText("门店");
		assertThat(page.locator("#setting-store-greeting")).containsText("欢迎来到徐汇店！");
		screenshot(page, "config-store-phone-zh-CN");

		page.navigate(url("/config?lang=en"));
		assertThat(page.locator("h1")).hasText("Settings");
		screenshot(page, "config-store-phone-en");
		page.navigate(url("/config?lang=zh-TW"));
		assertThat(page.locator("h1")).hasText("設定");
	}

	@Test
	void anotherRegionsStoreIsNotShown() {
		Page page = open(Screen.LAPTOP, "zh-CN");
		signIn(page, chain.regionManagerA());
		com.microsoft.playwright.Response response = page.navigate(url("/config?scope=store:" + chain.storeB1()));
		org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(404);
		assertThat(page.locator("body")).not().containsText("品牌主题");
	}
}
