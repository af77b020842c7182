package com.chaindesk.audit;

import com.chaindesk.BrowserTest;
import com.chaindesk.ChainDeskTest;
import java.util.Map;

import com.chaindesk.platform.OrgScope;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@ChainDeskTest
class AuditBrowserTests extends BrowserTest {

	@Autowired
	AuditTrail trail;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

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
	void aTamperedEntryIsNamedWithItsChain() {
		transaction.executeWithoutResult(status -> trail.record(new AuditEvent("audit.test.page", "audit-test",
				"page-" + System.nanoTime(), OrgScope.hq(), null, Map.of("state", "original"))));
		long id = jdbc.sql("select max(id) from audit.entry where action = 'audit.test.page'").query(Long.class).single();
		int chain = jdbc.sql("select chain from audit.entry where id = ?").param(id).query(Integer.class).single();
		try {
			jdbc.sql("update audit.entry set after_json = '{\"state\":\"forged\"}' where id = ?").param(id).update();
			Page page = open(Screen.PHONE, "en");
			signIn(page, "admin");
			page.navigate(url("/audit?lang=en"));
			page.waitForFunction("() => window.htmx !== undefined");
			page.click("#verify-chain");
			assertThat(page.locator("#verdict-result")).containsText("Chain " + chain + ": entry " + id + " does not match its hash.");
			screenshot(page, "audit-verdict-broken-phone-en");
		}
		finally {
			jdbc.sql("update audit.entry set after_json = '{\"state\":\"original\"}' where id = ?").param(id).update();
		}
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
