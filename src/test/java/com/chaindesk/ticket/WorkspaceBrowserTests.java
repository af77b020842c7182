package com.chaindesk.ticket;

import java.util.List;
import java.util.Map;

import com.chaindesk.ApiCaller;
import com.chaindesk.BrowserTest;
import com.chaindesk.ChainDeskTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The agent workspace, the vendor view and the store's list, as people use them. */
@ChainDeskTest
class WorkspaceBrowserTests extends BrowserTest {

	@Test
	void anAgentTakesSeveralTicketsAtOnceAndIsToldWhichOneSomeoneElseTookFirst() {
		ApiCaller admin = ApiCaller.as(port, "admin");
		long store = TicketFixtures.storeId(admin, "BJ-CY-01");
		List<Long> ids = List.of(TicketFixtures.open(admin, store).get("id").asLong(),
				TicketFixtures.open(admin, store).get("id").asLong(), TicketFixtures.open(admin, store).get("id").asLong());

		Page page = open(Screen.LAPTOP, "zh-CN");
		signIn(page, "agent1");
		page.navigate(url("/tickets?queue=unassigned"));
		assertThat(page.locator("#queue-unassigned")).hasClass(java.util.regex.Pattern.compile("active"));
		ids.forEach(id -> page.locator("#pick-" + id).check());
		screenshot(page, "ticket-queue-bulk-laptop-zh-CN");

		// Meanwhile an engineer takes the second one.
		ApiCaller engineer = ApiCaller.as(port, "engineer1");
		int version = engineer.get("/api/v1/tickets/" + ids.get(1)).json().get("version").asInt();
		engineer.post("/api/v1/tickets/" + ids.get(1) + "/assign", Map.of("agent", "engineer1", "version", version));

		page.locator("#bulk-take").click();
		assertThat(page.locator("#bulk-summary")).hasText("成功 2 张，未执行 1 张。");
		assertThat(page.locator("#bulk-outcomes")).containsText("别人刚改过这张工单");
		screenshot(page, "ticket-bulk-result-laptop-zh-CN");
		assertThat(admin.get("/api/v1/tickets/" + ids.get(0)).json().get("assignment").get("agent").asString()).isEqualTo("agent1");
		assertThat(admin.get("/api/v1/tickets/" + ids.get(1)).json().get("assignment").get("agent").asString()).isEqualTo("engineer1");
		assertThat(admin.get("/api/v1/tickets/" + ids.get(2)).json().get("assignment").get("agent").asString()).isEqualTo("agent1");

		// Waiting on the store is not allowed straight from "assigned": each ticket says so, none is half-moved.
		page.navigate(url("/tickets?queue=mine"));
		page.locator("#pick-" + ids.get(0)).check();
		page.locator("#pick-" + ids.get(2)).check();
		page.locator("#bulk-to").selectOption("WAITING_ON_STORE");
		page.locator("#bulk-move").click();
		assertThat(page.locator("#bulk-summary")).hasText("成功 0 张，未执行 2 张。");
		assertThat(page.locator("#bulk-outcomes")).containsText("工单现在是“已分派”");
		page.locator("#back-to-queue").click();
		page.locator("#pick-" + ids.get(0)).check();
		page.locator("#bulk-to").selectOption("IN_PROGRESS");
		page.locator("#bulk-move").click();
		assertThat(page.locator("#bulk-summary")).hasText("成功 1 张，未执行 0 张。");
		assertThat(admin.get("/api/v1/tickets/" + ids.get(0)).json().get("status").asString()).isEqualTo("IN_PROGRESS");
	}

	@Test
	void theQueueShowsANewTicketWithoutReloading() {
		Page page = open(Screen.LAPTOP, "zh-CN");
		signIn(page, "agent1");
		page.navigate(url("/tickets?queue=unassigned"));
		page.waitForSelector("body[data-live=on]", new Page.WaitForSelectorOptions().setState(
				com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
		ApiCaller admin = ApiCaller.as(port, "admin");
		long id = TicketFixtures.open(admin, TicketFixtures.storeId(admin, "BJ-CY-01")).get("id").asLong();
		assertThat(page.locator("#row-" + id)).isVisible();
		assertThat(page.locator("#row-" + id)).containsText("小票打印机");
	}

	@Test
	void theQueueOnAPhoneAndTheTicketWithSlaBarsEscalation() {
		ApiCaller admin = ApiCaller.as(port, "admin");
		long store = TicketFixtures.storeId(admin, "BJ-CY-01");
		Map<String, Object> p1 = TicketFixtures.report(store);
		p1.put("impact", "HIGH");
		p1.put("urgency", "HIGH");
		long id = admin.post("/api/v1/tickets", p1).json().get("id").asLong();
		TicketQueueApiTests.awaitSla(admin, id);

		Page phone = open(Screen.PHONE, "zh-CN");
		signIn(phone, "agent1");
		phone.navigate(url("/tickets?queue=breaching"));
		assertThat(phone.locator("#ticket-cards")).containsText("还剩");
		screenshot(phone, "ticket-queue-breaching-phone-zh-CN");

		Page page = open(Screen.LAPTOP, "zh-CN");
		signIn(page, "agent1");
		page.navigate(url("/tickets?queue=breaching"));
		assertThat(page.locator("#row-" + id)).containsText("还剩");
		screenshot(page, "ticket-queue-breaching-laptop-zh-CN");
		page.navigate(url("/tickets/" + id));
		assertThat(page.locator("#sla-RESPONSE")).containsText("计时中");
		assertThat(page.locator("#sla-RESOLUTION")).containsText("截止");
		page.locator("#take").click();
		// The clock stops right after the take commits (the SLA module listens to it): the next look shows it met.
		for (int i = 0; i < 20 && !page.locator("#sla-RESPONSE").innerText().contains("已达标"); i++) {
			page.waitForTimeout(250);
			page.reload();
		}
		assertThat(page.locator("#sla-RESPONSE")).containsText("已达标");
		page.locator("#escalate-reason").fill("打印机主板故障，需要二线");
		page.locator("#escalate").click();
		assertThat(page.locator("#done-notice")).containsText("已升级");
		assertThat(page.locator("#timeline")).containsText("打印机主板故障");
		screenshot(page, "ticket-agent-sla-laptop-zh-CN");
	}

	@Test
	void aVendorEngineerSeesOnlyTheirCompanysTicketsAndAcceptsOne() {
		ApiCaller admin = ApiCaller.as(port, "admin");
		long store = TicketFixtures.storeId(admin, "BJ-CY-01");
		long pos = TicketFixtures.vendorId(admin, "SUNPOS");
		Map<String, Object> posReport = TicketFixtures.report(store);
		posReport.put("category", "pos-terminal");
		posReport.put("fields", Map.of("register", "07"));
		long theirs = admin.post("/api/v1/tickets", posReport).json().get("id").asLong();
		admin.post("/api/v1/tickets/" + theirs + "/assign", Map.of("vendor", pos, "version", 0));
		long other = TicketFixtures.open(admin, store).get("id").asLong();

		Page page = open(Screen.LAPTOP, "en");
		signIn(page, "vendor1");
		page.navigate(url("/tickets?queue=all"));
		assertThat(page.locator("#row-" + theirs)).isVisible();
		assertThat(page.locator("#row-" + other)).hasCount(0);
		assertThat(page.locator("#new-ticket")).hasCount(0);
		screenshot(page, "ticket-vendor-queue-laptop-en");
		page.locator("#row-" + theirs + " a").first().click();
		// The vendor sees what the store told about the till, like the desk does.
		assertThat(page.locator("#cf-value-register")).hasText("07");
		page.locator("#take").click();
		assertThat(page.locator("#ticket-status")).hasText("Assigned");
		page.locator("#move-IN_PROGRESS").click();
		page.locator("#text").fill("Replaced the print head on site.");
		page.locator("#send-comment").click();
		page.locator("#move-RESOLVED").click();
		assertThat(page.locator("#ticket-status")).hasText("Resolved");
		screenshot(page, "ticket-vendor-resolved-laptop-en");
	}

	@Test
	void aStoreSeesItsTicketsWithCountdownOnThePhone() {
		ApiCaller staff = ApiCaller.as(port, "staff1");
		long id = TicketFixtures.open(staff, TicketFixtures.storeId(ApiCaller.as(port, "admin"), TicketFixtures.FIRST_STORE))
				.get("id").asLong();
		TicketQueueApiTests.awaitSla(staff, id);
		Page page = open(Screen.PHONE, "zh-TW");
		signIn(page, "manager1");
		page.navigate(url("/tickets"));
		assertThat(page.locator("#ticket-cards")).containsText("還剩");
		assertThat(page.locator("#queues")).hasCount(0);
		screenshot(page, "ticket-store-list-phone-zh-TW");
	}

	@Test
	void aStoreSaysTheFixDidNotWorkAndTheResolutionClockStartsOver() {
		ApiCaller staff = ApiCaller.as(port, "staff1");
		ApiCaller agent = ApiCaller.as(port, "agent1");
		long id = TicketFixtures.open(staff, TicketFixtures.storeId(ApiCaller.as(port, "admin"), TicketFixtures.FIRST_STORE))
				.get("id").asLong();
		agent.post("/api/v1/tickets/" + id + "/assign", Map.of("agent", "agent1", "version", 0));
		agent.post("/api/v1/tickets/" + id + "/transitions", Map.of("to", "IN_PROGRESS"));
		agent.post("/api/v1/tickets/" + id + "/transitions", Map.of("to", "RESOLVED", "comment", "已远程重启打印服务"));

		Page page = open(Screen.PHONE, "zh-CN");
		signIn(page, "staff1");
		page.navigate(url("/tickets/" + id));
		page.locator("#text").fill("重启后还是不出纸");
		page.locator("#send-comment").click();
		page.locator("#move-REOPENED").click();
		assertThat(page.locator("#ticket-status")).hasText("已重开");
		assertThat(page.locator("#timeline")).containsText("重启后还是不出纸");
		for (int i = 0; i < 20 && !page.locator("#sla-RESOLUTION").innerText().contains("计时中"); i++) {
			page.waitForTimeout(250);
			page.reload();
		}
		assertThat(page.locator("#sla-RESOLUTION")).containsText("计时中");
		screenshot(page, "ticket-reopened-phone-zh-CN");
	}

	@Test
	void aPageOfFiveAndAPageOfFiftyRunTheSameNumberOfStatements() {
		ApiCaller admin = ApiCaller.as(port, "admin");
		TicketFixtures.openSpread(admin, 50);
		Page page = open(Screen.LAPTOP, "zh-CN");
		signIn(page, "admin");
		assertThat(statements(page, 50, "page-warm")).isPositive();
		int five = statements(page, 5, "page-5");
		int fifty = statements(page, 50, "page-50");
		assertThat(page.locator("#ticket-table tbody tr")).hasCount(50);
		assertThat(fifty).as("statements for 50 rows (10 stores, 3 agents) and for 5 rows").isEqualTo(five);
	}

	/** Statements the queue page ran (only the page itself is counted, not its scripts or live stream). */
	private int statements(Page page, int size, String key) {
		String path = "/tickets?queue=all&size=" + size;
		page.route(url(path), route -> {
			Map<String, String> headers = new java.util.HashMap<>(route.request().headers());
			headers.put(StatementCounter.HEADER, key);
			route.resume(new Route.ResumeOptions().setHeaders(headers));
		});
		page.navigate(url(path));
		page.unrouteAll();
		return StatementCounter.count(key);
	}
}
