package com.chaindesk.ticket;

import java.util.Map;

import com.chaindesk.ApiCaller;
import com.chaindesk.BrowserTest;
import com.chaindesk.ChainDeskTest;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Custom fields on the report form and the ticket page; the major-incident panel for the desk and for a store. */
@ChainDeskTest
class MajorIncidentBrowserTests extends BrowserTest {

	@Test
	void aPosReportAsksForTheRegisterNumberOnThePhone() {
		Page page = open(Screen.PHONE, "zh-CN");
		signIn(page, "staff1");
		page.navigate(url("/tickets/new"));
		assertThat(page.locator("#cf-register")).isHidden();
		page.locator("label[for=g-pos]").click();
		page.locator("label[for=c-pos-payment]").click();
		assertThat(page.locator("#cf-register")).isVisible();
		assertThat(page.locator("#cf-devices")).isHidden();
		page.locator("#subject").fill("3号收银台刷卡失败");
		page.locator("#description").fill("顾客刷卡一直显示交易超时。");
		page.locator("label[for=impact-MEDIUM]").click();
		page.locator("label[for=urgency-HIGH]").click();
		page.locator("#send").click();
		assertThat(page.locator("#cf-register")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
		assertThat(page.locator("#cf-register-error")).hasText("请填写此项");
		page.locator("#cf-register").scrollIntoViewIfNeeded();
		screenshot(page, "ticket-fields-missing-phone-zh-CN");
		page.locator("#cf-register").fill("03");
		page.locator("#send").click();
		assertThat(page.locator("#done-number")).containsText("INC-");
		page.locator("#view-ticket").click();
		assertThat(page.locator("#cf-value-register")).hasText("03");
		assertThat(page.locator("#custom-field-values")).containsText("收银台号");
		screenshot(page, "ticket-fields-phone-zh-CN");
	}

	@Test
	void anAgentDeclaresAMajorIncidentLinksStoresAndEveryStoreHearsOfIt() {
		ApiCaller admin = ApiCaller.as(port, "admin");
		ApiCaller agent1 = ApiCaller.as(port, "agent1");
		ApiCaller staff1 = ApiCaller.as(port, "staff1");
		long first = TicketFixtures.storeId(admin, TicketFixtures.FIRST_STORE);
		long other = TicketFixtures.storeId(admin, TicketFixtures.OTHER_STORE);
		long parent = TicketFixtures.open(agent1, first).get("id").asLong();
		var east = TicketFixtures.open(staff1, first);
		var south = TicketFixtures.open(ApiCaller.as(port, "manager2"), other);

		Page page = open(Screen.LAPTOP, "zh-CN");
		signIn(page, "agent1");
		page.navigate(url("/tickets/" + parent));
		page.locator("#declare-major summary").click();
		page.locator("#major-reason-input").fill("华东支付网关故障，多家门店无法刷卡");
		screenshot(page, "ticket-major-declare-laptop-zh-CN");
		page.locator("#declare-major-send").click();
		assertThat(page.locator("#major-notice")).isVisible();
		assertThat(page.locator("#major-reason")).hasText("华东支付网关故障，多家门店无法刷卡");
		page.locator("#child-number").fill(east.get("number").asString());
		page.locator("#link-child-send").click();
		page.locator("#child-number").fill(south.get("number").asString().toLowerCase());
		page.locator("#link-child-send").click();
		assertThat(page.locator("#major-children li")).hasCount(2);
		assertThat(page.locator("#major-count")).hasText("2 张门店工单");
		page.locator("#child-number").fill("INC-1999-000001");
		page.locator("#link-child-send").click();
		assertThat(page.locator("#major-error")).hasText("找不到这个工单号，或它不在你的范围内。");
		page.locator("#text").fill("已切换备用支付通道，请各门店重试刷卡。");
		page.locator("#send-comment").click();
		screenshot(page, "ticket-major-laptop-zh-CN");

		Page store = open(Screen.PHONE, "zh-TW");
		signIn(store, "staff1");
		store.navigate(url("/tickets/" + east.get("id").asLong()));
		assertThat(store.locator("#major-parent")).isVisible();
		assertThat(store.locator("#major-parent a")).hasCount(0);
		assertThat(store.locator("#timeline")).containsText("已切换备用支付通道");
		assertThat(store.locator("#timeline")).containsText("來自重大事件");
		assertThat(store.locator("#declare-major")).hasCount(0);
		screenshot(store, "ticket-major-child-phone-zh-TW");

		agent1.post("/api/v1/tickets/" + parent + "/assign", Map.of("agent", "agent1", "version",
				agent1.get("/api/v1/tickets/" + parent).json().get("version").asInt()));
		agent1.post("/api/v1/tickets/" + parent + "/transitions", Map.of("to", "IN_PROGRESS"));
		agent1.post("/api/v1/tickets/" + parent + "/transitions", Map.of("to", "RESOLVED"));
		Page english = open(Screen.LAPTOP, "en");
		signIn(english, "agent1");
		english.navigate(url("/tickets/" + parent));
		assertThat(english.locator("#major-card")).containsText("resolved");
		assertThat(english.locator("#major-children")).containsText("Resolved");
		assertThat(english.locator("#link-child")).hasCount(0);
		screenshot(english, "ticket-major-resolved-laptop-en");
	}
}
