package com.chaindesk.sla;

import com.chaindesk.BrowserTest;
import com.chaindesk.ChainDeskTest;
import com.chaindesk.org.OrgDirectory;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@ChainDeskTest
class CalendarBrowserTests extends BrowserTest {

	@Autowired
	OrgDirectory org;

	@Test
	void adminSeesSpringFestivalAndAStoresNextDaysOnALaptop() {
		Page page = open(Screen.LAPTOP, "zh-CN");
		signIn(page, "admin");
		long store = org.storesOfRegion(org.regions().getFirst().id()).getFirst().id();
		page.navigate(url("/sla/calendars?code=CN&year=2026&store=" + store));
		assertThat(page.locator("h1")).containsText("营业日历");
		assertThat(page.locator("#day-table")).containsText("春节");
		assertThat(page.locator("#day-table")).containsText("调休上班");
		assertThat(page.locator("#store-days")).containsText("Asia/Shanghai");
		screenshot(page, "sla-calendars-laptop-zh-CN");
		page.fill("#day-date", "2033-05-05");
		page.fill("#day-name", "");
		page.click("#day-form button[type=submit]");
		assertThat(page.locator("#day-name")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
	}

	@Test
	void regionManagerReadsOnAPhone() {
		Page page = open(Screen.PHONE, "zh-CN");
		signIn(page, "region1");
		page.navigate(url("/sla/calendars?code=CN&year=2026"));
		assertThat(page.locator("#day-table")).containsText("国庆节");
		assertThat(page.locator("#day-form")).hasCount(0);
		assertThat(page.locator("#import-form")).hasCount(0);
		screenshot(page, "sla-calendars-phone-zh-CN");
	}
}
