package com.chaindesk.dispatch;

import com.chaindesk.BrowserTest;
import com.chaindesk.ChainDeskTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The rule book page: HQ previews who would get a ticket, a region manager adds and removes a regional rule. */
@ChainDeskTest
class DispatchRulesBrowserTests extends BrowserTest {

	@Test
	void hqPreviewsWhichRuleFiresForAnEastStoresNetworkTicket() {
		Page page = open(Screen.LAPTOP, "zh-CN");
		signIn(page, "admin");
		page.navigate(url("/dispatch/rules"));
		assertThat(page.locator("h1")).hasText("派单规则");
		assertThat(page.locator("#rule-table tbody tr")).hasCount(5);
		page.locator("#preview-store").selectOption(new SelectOption().setLabel("SH-XH-01 上海徐汇港汇店"));
		page.locator("#preview-category").selectOption("network-slow");
		page.locator("#preview-priority").selectOption("P3");
		page.click("#preview-run");
		assertThat(page.locator("#preview-result")).containsText("生效");
		assertThat(page.locator("#preview-result")).containsText("华东二线技术支持");
		screenshot(page, "dispatch-rules-preview-laptop-zh-CN");
	}

	@Test
	void aRegionManagerAddsARuleForTheRegionAndRemovesItOnAPhone() {
		Page page = open(Screen.PHONE, "zh-CN");
		signIn(page, "region1");
		page.navigate(url("/dispatch/rules"));
		page.locator("#rule-category").selectOption("cctv");
		page.locator("#rule-team").selectOption(new SelectOption().setLabel("华东二线技术支持 (EAST-L2)"));
		page.fill("#rule-note", "华东门店监控由二线直接处理");
		page.click("#add-rule-submit");
		assertThat(page.locator(".alert-success")).isVisible();
		assertThat(page.locator("#rule-table")).containsText("华东门店监控由二线直接处理");
		screenshot(page, "dispatch-rules-added-phone-zh-CN");
		page.locator("tr:has-text('cctv') button:has-text('删除')").first().click();
		assertThat(page.locator("#rule-table")).not().containsText("华东门店监控由二线直接处理");
	}

	@Test
	void addingARuleWithoutATargetSaysSoOnTheField() {
		Page page = open(Screen.LAPTOP, "en");
		signIn(page, "admin");
		page.navigate(url("/dispatch/rules?lang=en"));
		page.locator("#rule-category").selectOption("printer");
		page.click("#add-rule-submit");
		assertThat(page.locator("#rule-team")).hasClass(java.util.regex.Pattern.compile(".*is-invalid.*"));
		screenshot(page, "dispatch-rules-error-laptop-en");
	}
}
