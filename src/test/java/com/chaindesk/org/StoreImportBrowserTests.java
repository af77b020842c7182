package com.chaindesk.org;

import java.nio.charset.StandardCharsets;

import com.chaindesk.BrowserTest;
import com.chaindesk.ChainDeskTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** HQ uploads a store list: a file with bad lines imports nothing and says which lines; a good one imports all. */
@ChainDeskTest
class StoreImportBrowserTests extends BrowserTest {

	private static final String HEADER = "code,region,name_zh_CN,name_zh_TW,name_en,city,address,latitude,longitude,"
			+ "time_zone,locale,size_class,phone,mon,tue,wed,thu,fri,sat,sun\n";

	private static FilePayload csv(String body) {
		return new FilePayload("stores.csv", "text/csv", (HEADER + body).getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void badLinesAreNamedAndNothingIsImportedThenAGoodFileImports() {
		Page page = open(Screen.LAPTOP, "zh-CN");
		signIn(page, "admin");
		page.navigate(url("/org/stores/import"));
		page.setInputFiles("#file", csv("""
				UI-IMP-01,EAST,上海测试导入一店,,,上海,黄浦区测试路1号,31.23,121.47,Asia/Shanghai,zh-CN,M,,09:00-21:00,09:00-21:00,09:00-21:00,09:00-21:00,09:00-22:00,10:00-22:00,10:00-21:00
				UI-IMP-02,EAST,上海测试导入二店,,,上海,黄浦区测试路2号,north,121.47,Asia/Shanghai,zh-CN,M,,09:00-21:00,,,,,,
				UI-IMP-03,NOWHERE,上海测试导入三店,,,上海,黄浦区测试路3号,31.23,121.47,Mars/Base,zh-CN,XXL,,25:00-26:00,,,,,,
				"""));
		page.click("#import-submit");
		assertThat(page.locator("#import-problems")).isVisible();
		assertThat(page.locator("#import-problems")).containsText("latitude");
		assertThat(page.locator("#import-problems tbody tr").first()).containsText("3");
		screenshot(page, "org-import-errors-laptop-zh-CN");

		page.navigate(url("/org/stores?q=UI-IMP"));
		assertThat(page.locator("body")).not().containsText("UI-IMP-01");

		page.navigate(url("/org/stores/import"));
		page.setInputFiles("#file", csv("""
				UI-IMP-01,EAST,上海测试导入一店,上海測試匯入一店,Shanghai import one,上海,黄浦区测试路1号,31.23,121.47,Asia/Shanghai,zh-CN,M,,09:00-21:00,09:00-21:00,09:00-21:00,09:00-21:00,09:00-22:00,10:00-22:00,10:00-21:00
				UI-IMP-04,EAST,上海测试导入四店,,,上海,黄浦区测试路4号,31.24,121.48,Asia/Shanghai,zh-CN,S,,00:00-24:00,00:00-24:00,00:00-24:00,00:00-24:00,00:00-24:00,00:00-24:00,00:00-24:00
				"""));
		page.click("#import-submit");
		assertThat(page.locator("#import-done")).containsText("2");
		screenshot(page, "org-import-done-laptop-zh-CN");
		page.navigate(url("/org/stores?q=UI-IMP"));
		assertThat(page.locator("body")).containsText("上海测试导入一店");
		assertThat(page.locator("body")).containsText("上海测试导入四店");
	}
}
