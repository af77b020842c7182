package com.chaindesk.audit;

import com.chaindesk.BrowserTest;
import com.chaindesk.ChainDeskTest;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@ChainDeskTest
class AuditBrowserTests extends BrowserTest {

	@Test
	void hqBrowsesFiltersAndVerifiesTheTrail() {
		Page page = open(Screen.LAPTOP, "zh-CN");
		signIn(page, "admin");
		page.navigate(url("/audit"));
		assertThat(page.locator("h1")).hasText("审计记录");
		assertThat(page.locator("#audit-table tbody tr").first()).isVisible();
		page.fill("#f-action", "user.");
		page.click("#audit-search");
		assertThat(page.locator("#audit-table")).containsText("user.opened");
		// The button swaps the verdict in place once htmx (loaded deferred) is ready; before that it would post the form.
		page.waitForFunction("() => window.htmx !== undefined");
		page.click("#verify-chain");
		assertThat(page.locator("#verdict-result")).containsText("审计记录完整");
		page.locator("#audit-table button[data-bs-toggle=collapse]").first().click();
		screenshot(page, "audit-trail-laptop-zh-CN");
	}

	@Test
	void theTrailReadsOnAPhoneInTraditionalChinese() {
		Page page = open(Screen.PHONE, "zh-TW");
		signIn(page, "admin");
		page.navigate(url("/audit?lang=zh-TW"));
		assertThat(page.locator("h1")).hasText("稽核紀錄");
		screenshot(page, "audit-trail-phone-zh-TW");
	}
}
