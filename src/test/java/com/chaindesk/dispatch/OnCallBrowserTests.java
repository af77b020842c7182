package com.chaindesk.dispatch;

import java.time.LocalDate;
import java.time.ZoneId;

import com.chaindesk.BrowserTest;
import com.chaindesk.ChainDeskTest;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

@ChainDeskTest
class OnCallBrowserTests extends BrowserTest {

	@Test
	void anAdminSeesTheNightWatchAndAddsAShiftOnALaptop() {
		Page page = open(Screen.LAPTOP, "zh-CN");
		signIn(page, "admin");
		page.navigate(url("/dispatch/on-call"));
		assertThat(page.locator("h1")).containsText("值班表");
		assertThat(page.locator("#week")).containsText("HQ-L2");
		assertThat(page.locator("#week")).containsText("孙浩");
		screenshot(page, "dispatch-on-call-laptop-zh-CN");

		// An end before the start is named on its field.
		page.selectOption("#agent", page.locator("#agent option").nth(1).getAttribute("value"));
		LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3);
		page.fill("#from", day + "T12:00");
		page.fill("#to", day + "T10:00");
		page.click("#shift-form button[type=submit]");
		assertThat(page.locator("#to")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
		screenshot(page, "dispatch-on-call-error-laptop-zh-CN");

		page.fill("#to", day + "T18:00");
		page.click("#shift-form button[type=submit]");
		assertThat(page.locator(".alert-success")).containsText("值班已添加");
		assertThat(page.locator("#week")).containsText("12:00 –");
		screenshot(page, "dispatch-on-call-added-laptop-zh-CN");
		int before = page.locator("#week li").count();
		assertThat(before).as("the demo's seven nights and the new shift").isGreaterThanOrEqualTo(8);
		page.onDialog(dialog -> dialog.accept());
		page.locator("#week li").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("12:00 –"))
				.first().locator("button").click();
		assertThat(page.locator(".alert-success")).containsText("值班已删除");
		assertThat(page.locator("#week li")).hasCount(before - 1);
	}

	@Test
	void aRegionManagerOnAPhoneInTraditionalChinese() {
		Page page = open(Screen.PHONE, "zh-TW");
		signIn(page, "region1");
		page.navigate(url("/dispatch/on-call"));
		assertThat(page.locator("h1")).containsText("值班表");
		assertThat(page.locator("#week")).not().containsText("HQ-L2");
		screenshot(page, "dispatch-on-call-phone-zh-TW");
	}
}
