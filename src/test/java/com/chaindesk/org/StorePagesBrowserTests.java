package com.chaindesk.org;

import java.util.regex.Pattern;

import com.chaindesk.BrowserTest;
import com.chaindesk.ChainDeskTest;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@ChainDeskTest
class StorePagesBrowserTests extends BrowserTest {

	@Test
	void storeListFiltersAndSearchesOnALaptop() {
		Page page = open(Screen.LAPTOP, "zh-CN");
		signIn(page, "admin");
		page.navigate(url("/org/stores"));
		assertThat(page.locator("h1")).hasText("门店");
		assertThat(page.locator("#store-table tbody tr")).hasCount(20);
		assertThat(page.locator("#next-page")).isVisible();
		screenshot(page, "org-stores-laptop-zh-CN");

		page.selectOption("#region", new com.microsoft.playwright.options.SelectOption().setLabel("香港"));
		page.fill("#q", "旺角");
		page.click("#search");
		assertThat(page.locator("#store-table tbody tr")).hasCount(2);
		assertThat(page.locator("#store-table")).containsText("香港旺角朗豪坊店");
		screenshot(page, "org-stores-search-laptop-zh-CN");

		page.fill("#q", "no-such-store-anywhere");
		page.click("#search");
		assertThat(page.locator("#no-stores")).isVisible();
	}

	@Test
	void storeListWorksOnAPhone() {
		Page page = open(Screen.PHONE, "zh-CN");
		signIn(page, "admin");
		page.navigate(url("/org/stores?q=上海"));
		assertThat(page.locator("#store-table tbody tr").first()).isVisible();
		assertThat(page.locator("#store-table")).containsText("上海徐汇港汇店");
		// No table wider than the phone's screen.
		Object overflow = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
		org.assertj.core.api.Assertions.assertThat(overflow).isEqualTo(true);
		screenshot(page, "org-stores-phone-zh-CN");
	}

	@Test
	void storePageShowsHoursInTheStoresZoneAndClosures() {
		Page page = open(Screen.LAPTOP, "zh-CN");
		signIn(page, "admin");
		page.navigate(url("/org/stores?q=TNN-ZX-01"));
		page.click("#store-table a");
		assertThat(page.locator("#store-name")).hasText("台南中西区店");
		assertThat(page.locator("#store-region")).hasText("台湾");
		assertThat(page.locator("#store-hours")).containsText("10:30-14:00");
		assertThat(page.locator("#store-hours")).containsText("休息");
		assertThat(page.locator("section")).containsText("Asia/Taipei");
		assertThat(page.locator("#store-closures li")).hasCount(2);
		assertThat(page.locator("#store-coordinates")).containsText("22.992000");
		screenshot(page, "org-store-page-laptop-zh-CN");
	}

	@Test
	void editingAStoreShowsTheProblemOnTheField() {
		Page page = open(Screen.LAPTOP, "zh-CN");
		signIn(page, "admin");
		page.navigate(url("/org/stores/new"));
		String code = StoreFixtures.uniqueCode("WEB");
		page.fill("#code", code);
		page.selectOption("#regionId", new com.microsoft.playwright.options.SelectOption().setLabel("华东"));
		page.fill("#nameZhCn", "网页测试店");
		page.fill("#city", "上海");
		page.fill("#address", "徐汇区漕溪北路1号");
		page.fill("#latitude", "31.19");
		page.fill("#longitude", "121.43");
		page.fill("#mon", "09:00-21:00");
		page.click("#save-store");
		assertThat(page.locator("#store-name")).hasText("网页测试店");
		assertThat(page.locator("#saved")).isVisible();

		page.click("#edit-store");
		page.fill("#tue", "09:00-14:00, 13:00-21:00");
		page.fill("#latitude", "95");
		page.fill("#nameZhCn", "");
		page.click("#save-store");
		assertThat(page.locator("#tue")).hasClass(Pattern.compile(".*is-invalid.*"));
		assertThat(page.locator("#tue + .invalid-feedback")).containsText("时段重叠");
		assertThat(page.locator("#latitude")).hasClass(Pattern.compile(".*is-invalid.*"));
		assertThat(page.locator("#latitude + .invalid-feedback")).containsText("-90");
		assertThat(page.locator("#nameZhCn + .invalid-feedback")).containsText("必填");
		assertThat(page.locator("#form-invalid")).isVisible();
		screenshot(page, "org-store-edit-invalid-laptop-zh-CN");
	}

	@Test
	void aStaleEditSaysSoClearly() {
		Page page = open(Screen.LAPTOP, "zh-CN");
		signIn(page, "admin");
		page.navigate(url("/org/stores/new"));
		page.fill("#code", StoreFixtures.uniqueCode("STALE"));
		page.selectOption("#regionId", new com.microsoft.playwright.options.SelectOption().setLabel("华南"));
		page.fill("#nameZhCn", "并发测试店");
		page.fill("#city", "广州");
		page.fill("#address", "天河区天河路1号");
		page.fill("#latitude", "23.13");
		page.fill("#longitude", "113.32");
		page.click("#save-store");
		page.click("#edit-store");
		String editUrl = page.url();
		// Someone else saves first, from another window.
		Page other = page.context().newPage();
		other.navigate(editUrl);
		other.fill("#city", "深圳");
		other.click("#save-store");
		assertThat(other.locator("#saved")).isVisible();

		page.fill("#phone", "+86 20 1234 5678");
		page.click("#save-store");
		assertThat(page.locator("#stale")).isVisible();
		assertThat(page.locator("#stale")).containsText("其他人已修改");
		screenshot(page, "org-store-edit-stale-laptop-zh-CN");
	}

	@Test
	void theListSpeaksTaiwanChineseAndEnglish() {
		Page page = open(Screen.LAPTOP, "zh-TW");
		signIn(page, "admin");
		page.navigate(url("/org/stores?lang=zh-TW&q=台北"));
		assertThat(page.locator("h1")).hasText("門市");
		assertThat(page.locator("#store-table")).containsText("台北信義店");
		screenshot(page, "org-stores-laptop-zh-TW");
		page.navigate(url("/org/stores?lang=en&q=Taipei"));
		assertThat(page.locator("h1")).hasText("Stores");
		assertThat(page.locator("#store-table")).containsText("Taipei Xinyi");
		screenshot(page, "org-stores-laptop-en");
	}

	@Test
	void aStoreManagerSeesOnlyTheirStoreAndEditsOnlyLocalDetails() {
		Page page = open(Screen.PHONE, "zh-CN");
		signIn(page, "manager1");
		page.navigate(url("/org/stores"));
		assertThat(page.locator("#store-table tbody tr")).hasCount(1);
		assertThat(page.locator("#new-store")).hasCount(0);
		page.click("#store-table a");
		page.click("#edit-store");
		assertThat(page.locator("#nameZhCn")).isDisabled();
		assertThat(page.locator("#mon")).isEditable();
		screenshot(page, "org-store-edit-manager-phone-zh-CN");
	}
}
