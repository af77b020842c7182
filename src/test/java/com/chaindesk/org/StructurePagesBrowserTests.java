package com.chaindesk.org;

import java.util.regex.Pattern;

import com.chaindesk.BrowserTest;
import com.chaindesk.ChainDeskTest;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@ChainDeskTest
class StructurePagesBrowserTests extends BrowserTest {

	@Test
	void regionsTeamsVendorsAndAgentsAreListed() {
		Page page = open(Screen.LAPTOP, "zh-CN");
		signIn(page, "admin");
		page.navigate(url("/org/regions"));
		// Other tests add regions of their own to the shared database: look for the demo's five by name.
		for (String region : new String[] { "华东", "华南", "华北", "台湾", "香港" }) {
			assertThat(page.locator("#region-table")).containsText(region);
		}
		screenshot(page, "org-regions-laptop-zh-CN");
		page.navigate(url("/org/teams"));
		assertThat(page.locator("#team-table")).containsText("总部一线服务台");
		screenshot(page, "org-teams-laptop-zh-CN");
		page.navigate(url("/org/vendors"));
		assertThat(page.locator("#vendor-table")).containsText("商朗智能科技");
		screenshot(page, "org-vendors-laptop-zh-CN");
		page.navigate(url("/org/agents"));
		assertThat(page.locator("#agent-table")).containsText("赵磊");
		screenshot(page, "org-agents-laptop-zh-CN");
	}

	@Test
	void theHqAdminCreatesATeamAndSeesProblemsOnTheField() {
		Page page = open(Screen.LAPTOP, "zh-CN");
		signIn(page, "admin");
		page.navigate(url("/org/teams"));
		page.click("#new-team");
		page.fill("#code", "bad code");
		page.click("#save-team");
		assertThat(page.locator("#code")).hasClass(Pattern.compile(".*is-invalid.*"));
		assertThat(page.locator("#nameZhCn")).hasClass(Pattern.compile(".*is-invalid.*"));
		screenshot(page, "org-team-form-invalid-laptop-zh-CN");
		String code = "WEB-T" + (System.nanoTime() % 100000);
		page.fill("#code", code);
		page.fill("#nameZhCn", "网页测试团队");
		page.click("#save-team");
		assertThat(page.locator("#team-table")).containsText("网页测试团队");

		var row = page.locator("#team-table tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(code));
		row.locator("button:has-text('停用')").click();
		assertThat(row).containsText("已停用");
		assertThat(row.locator("button:has-text('重新启用')")).isVisible();
		screenshot(page, "org-team-closed-laptop-zh-CN");
		row.locator("button:has-text('重新启用')").click();
		assertThat(row.locator("button:has-text('停用')")).isVisible();
	}

	@Test
	void aVendorEngineerSeesOnlyTheirCompany() {
		Page page = open(Screen.PHONE, "zh-CN");
		signIn(page, "vendor1");
		page.navigate(url("/org/vendors"));
		assertThat(page.locator("#vendor-table tbody tr")).hasCount(1);
		assertThat(page.locator("#new-vendor")).hasCount(0);
		page.navigate(url("/org/stores"));
		assertThat(page.locator("#no-stores")).isVisible();
		screenshot(page, "org-vendors-phone-vendor1");
	}
}
