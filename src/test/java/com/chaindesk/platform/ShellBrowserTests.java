package com.chaindesk.platform;

import com.chaindesk.BrowserTest;
import com.chaindesk.ChainDeskTest;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@ChainDeskTest
class ShellBrowserTests extends BrowserTest {

	@Test
	void signInShowsTheHomePageInSimplifiedChineseByDefault() {
		Page page = open(Screen.LAPTOP, "zh-CN");
		page.navigate(url("/"));
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
		screenshot(page, "shell-login-laptop-zh-CN");
		signIn(page, "admin");
		assertThat(page.locator("h1")).containsText("欢迎");
		screenshot(page, "shell-home-laptop-zh-CN");
	}

	@Test
	void languageSwitchIsRememberedAndWorksOnAPhone() {
		Page page = open(Screen.PHONE, "zh-CN");
		signIn(page, "admin");
		page.navigate(url("/?lang=en"));
		assertThat(page.locator("h1")).containsText("Welcome");
		page.navigate(url("/"));
		assertThat(page.locator("h1")).containsText("Welcome");
		screenshot(page, "shell-home-phone-en");
		page.navigate(url("/?lang=zh-TW"));
		assertThat(page.locator("h1")).containsText("歡迎");
		screenshot(page, "shell-home-phone-zh-TW");
	}

	@Test
	void wrongPasswordSaysSoOnTheLoginPage() {
		Page page = open(Screen.PHONE, "zh-CN");
		page.navigate(url("/login"));
		page.fill("#username", "admin");
		page.fill("#password", "not-the-password");
		page.click("#sign-in");
		assertThat(page.locator(".alert-danger")).containsText("用户名或密码错误");
		screenshot(page, "shell-login-error-phone-zh-CN");
	}

	@Test
	void theMenuMarksTheOnePlaceYouAre() {
		Page page = open(Screen.LAPTOP, "zh-CN");
		signIn(page, "admin");
		page.navigate(url("/knowledge/write"));
		assertThat(page.locator("#cd-menu .nav-link.active")).hasCount(1);
		assertThat(page.locator("#cd-menu .nav-link.active")).hasAttribute("href", "/knowledge/write");
		assertThat(page.locator("#cd-menu .nav-link.active")).hasAttribute("aria-current", "page");
		page.navigate(url("/knowledge"));
		assertThat(page.locator("#cd-menu .nav-link.active")).hasAttribute("href", "/knowledge");
		page.navigate(url("/tickets/new"));
		assertThat(page.locator("#cd-menu .nav-link.active")).hasAttribute("href", "/tickets");
	}
}
