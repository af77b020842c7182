package com.chaindesk.sla.report;

import java.util.Map;

import com.chaindesk.ApiCaller;
import com.chaindesk.BrowserTest;
import com.chaindesk.ChainDeskTest;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.chaindesk.sla.SlaTicketsForTests.clockIn;
import static com.chaindesk.sla.SlaTicketsForTests.clocks;
import com.chaindesk.sla.SlaTicketsForTests;
import static com.chaindesk.sla.SlaTicketsForTests.storeId;
import static com.chaindesk.sla.SlaTicketsForTests.version;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@ChainDeskTest
class SlaReportBrowserTests extends BrowserTest {


	/** A few tickets of today: one solved by HQ-L1, one still running. */
	@BeforeEach
	void someTickets() {
		ApiCaller staff = ApiCaller.as(port, "staff1");
		ApiCaller agent = ApiCaller.as(port, "agent1");
		long store = storeId(port, "SH-XH-01");
		long hqL1 = ApiCaller.as(port, "admin").get("/api/v1/org/teams").json().valueStream()
				.filter(t -> t.get("code").asString().equals("HQ-L1")).findFirst().orElseThrow().get("id").asLong();
		long solved = SlaTicketsForTests.open(staff, store, "printer-receipt", "MEDIUM", "MEDIUM").get("id").asLong();
		clocks(staff, solved, c -> c.get("clocks").size() == 2);
		agent.post("/api/v1/tickets/" + solved + "/assign", Map.of("team", hqL1, "agent", "agent1", "tier", "L1",
				"version", version(agent, solved)));
		clocks(staff, solved, c -> clockIn(c, "RESPONSE", "MET"));
		agent.post("/api/v1/tickets/" + solved + "/transitions", Map.of("to", "IN_PROGRESS"));
		agent.post("/api/v1/tickets/" + solved + "/transitions", Map.of("to", "RESOLVED", "comment", "已重新装纸"));
		clocks(staff, solved, c -> clockIn(c, "RESOLUTION", "MET"));
		long running = SlaTicketsForTests.open(staff, store, "network", "LOW", "MEDIUM").get("id").asLong();
		clocks(staff, running, c -> c.get("clocks").size() == 2);
	}

	@Test
	void anAgentComparesTeamsOnALaptop() {
		Page page = open(Screen.LAPTOP, "zh-CN");
		signIn(page, "agent1");
		page.navigate(url("/sla/report"));
		assertThat(page.locator("h1")).containsText("SLA 达成报表");
		assertThat(page.locator("#group-tabs .active")).hasText("按团队");
		assertThat(page.locator("#report-table")).containsText("HQ-L1");
		assertThat(page.locator("#report-total")).containsText("合计");
		assertThat(page.locator("#report-table .progress-bar").first()).isVisible();
		screenshot(page, "sla-report-laptop-zh-CN");
		page.locator("#group-tabs a").nth(1).click();
		assertThat(page.locator("#group-tabs .active")).hasText("按供应商");
		screenshot(page, "sla-report-vendor-laptop-zh-CN");
	}

	@Test
	void aRegionManagerReadsTheirStoresOnAPhoneAndABadRangeIsNamed() {
		Page page = open(Screen.PHONE, "zh-CN");
		signIn(page, "region1");
		page.navigate(url("/sla/report?groupBy=store"));
		assertThat(page.locator("#report-table")).containsText("SH-XH-01");
		screenshot(page, "sla-report-phone-zh-CN");
		page.navigate(url("/sla/report?groupBy=store&from=2026-05-02&to=2026-05-01"));
		assertThat(page.locator("#group-tabs .active")).hasText("按门店");
		assertThat(page.locator("#from")).hasValue("2026-05-02");
		assertThat(page.locator("#to")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
		screenshot(page, "sla-report-phone-bad-range-zh-CN");
	}

	@Test
	void englishReaders() {
		Page page = open(Screen.LAPTOP, "en");
		signIn(page, "admin");
		page.navigate(url("/sla/report?groupBy=region"));
		assertThat(page.locator("#group-tabs .active")).hasText("By region");
		assertThat(page.locator("#report-table")).containsText("East");
		screenshot(page, "sla-report-laptop-en");
	}
}
