package com.chaindesk.dispatch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.chaindesk.ApiCaller;
import com.chaindesk.ChainDeskTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Dispatch over real HTTP: new tickets find their holder, previews, escalation and the rule book's rights. */
@ChainDeskTest
class DispatchApiTests {

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	EscalationsHeard escalations;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	ApiCaller admin;
	ApiCaller staff1;
	ApiCaller agent1;
	ApiCaller region1;
	long firstStore;
	long southStore;

	@BeforeEach
	void setUp() {
		admin = ApiCaller.as(port, "admin");
		staff1 = ApiCaller.as(port, "staff1");
		agent1 = ApiCaller.as(port, "agent1");
		region1 = ApiCaller.as(port, "region1");
		firstStore = storeId("SH-XH-01");
		southStore = storeId("GZ-TH-01");
		assertThat(admin.put("/api/v1/dispatch/auto", Map.of("enabled", true)).status()).isEqualTo(200);
	}

	@AfterEach
	void switchBack() {
		admin.put("/api/v1/dispatch/auto", Map.of("enabled", false));
	}

	private long storeId(String code) {
		return admin.get("/api/v1/org/stores?q=" + code).json().get("content").valueStream()
				.filter(s -> s.get("code").asString().equals(code)).findFirst().orElseThrow().get("id").asLong();
	}

	private long eastRegion() {
		return admin.get("/api/v1/org/stores/" + firstStore).json().get("regionId").asLong();
	}

	private long teamId(String code) {
		return admin.get("/api/v1/org/teams").json().valueStream().filter(t -> t.get("code").asString().equals(code))
				.findFirst().orElseThrow().get("id").asLong();
	}

	private long vendorId(String code) {
		return admin.get("/api/v1/org/vendors").json().valueStream().filter(v -> v.get("code").asString().equals(code))
				.findFirst().orElseThrow().get("id").asLong();
	}

	/** Opens a ticket as the store's staff; answers the 201's ticket, which carries its dispatch already. */
	private JsonNode open(String category) {
		Map<String, Object> body = new HashMap<>();
		body.put("type", "INCIDENT");
		body.put("store", firstStore);
		body.put("category", category);
		body.put("subject", "小票打印机不出纸");
		body.put("description", "2号收银台的小票打印机亮红灯。");
		body.put("impact", "MEDIUM");
		body.put("urgency", "HIGH");
		ApiCaller.Reply reply = staff1.post("/api/v1/tickets", body);
		assertThat(reply.status()).isEqualTo(201);
		return reply.json();
	}

	@Test
	void aNewTicketNobodyHasARuleForGoesToTheHqL1DeskAndAnAgentWhoKnowsPrinters() throws Exception {
		JsonNode ticket = open("printer-receipt");
		long id = ticket.get("id").asLong();
		assertThat(ticket.get("assignment").get("team").asLong()).isEqualTo(teamId("HQ-L1"));
		assertThat(ticket.get("assignment").get("tier").asString()).isEqualTo("L1");
		assertThat(ticket.get("assignment").get("agent").asString()).isIn("agent1", "l1.he");
		assertThat(ticket.get("status").asString()).isEqualTo("ASSIGNED");
		JsonNode history = admin.get("/api/v1/tickets/" + id + "/dispatch-history").json();
		assertThat(history.size()).isEqualTo(1);
		assertThat(history.get(0).get("kind").asString()).isEqualTo("DISPATCH");
		assertThat(history.get(0).get("reason").asString()).contains("no rule matched");
	}

	@Test
	void aRegionsOwnRuleSendsItsStoresNetworkTicketsToItsL2Team() throws Exception {
		JsonNode ticket = open("network-slow");
		long id = ticket.get("id").asLong();
		assertThat(ticket.get("assignment").get("team").asLong()).isEqualTo(teamId("EAST-L2"));
		assertThat(ticket.get("assignment").get("tier").asString()).isEqualTo("L2");
	}

	@Test
	void thePreviewShowsWhichRuleFiresAndWhoWouldGetTheTicket() {
		JsonNode east = admin.post("/api/v1/dispatch/preview", Map.of("store", firstStore, "category", "network-slow", "priority", "P3")).json();
		assertThat(east.get("teamCode").asString()).isEqualTo("EAST-L2");
		assertThat(east.get("rule").isNull()).isFalse();
		assertThat(east.get("reason").asString()).contains("(region)");

		JsonNode south = admin.post("/api/v1/dispatch/preview", Map.of("store", southStore, "category", "network-slow", "priority", "P3")).json();
		assertThat(south.get("teamCode").asString()).isEqualTo("HQ-L1");
		assertThat(south.get("rule").isNull()).isTrue();

		JsonNode pos = admin.post("/api/v1/dispatch/preview", Map.of("store", southStore, "category", "pos-terminal", "priority", "P4")).json();
		assertThat(pos.get("vendorCode").asString()).isEqualTo("SUNPOS");
		JsonNode urgentPos = admin.post("/api/v1/dispatch/preview", Map.of("store", southStore, "category", "pos-terminal", "priority", "P1")).json();
		assertThat(urgentPos.get("vendor").isNull()).isTrue();

		JsonNode offline = admin.post("/api/v1/dispatch/preview", Map.of("store", southStore, "category", "network-down", "priority", "P1")).json();
		assertThat(offline.get("teamCode").asString()).isEqualTo("SOUTH-L2");

		ApiCaller.Reply unknown = admin.post("/api/v1/dispatch/preview", Map.of("store", 987654321, "category", "pos"));
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.body()).contains("store");
		assertThat(staff1.post("/api/v1/dispatch/preview", Map.of("store", firstStore, "category", "pos")).status()).isEqualTo(403);
		assertThat(region1.post("/api/v1/dispatch/preview", Map.of("store", southStore, "category", "pos")).status()).isEqualTo(403);
	}

	@Test
	void anAgentEscalatesL1ToTheRegionsL2ThenToL3AndNoFurtherWithHistoryKept() throws Exception {
		long id = open("printer-receipt").get("id").asLong();
		ApiCaller.Reply toL2 = agent1.post("/api/v1/tickets/" + id + "/escalate", Map.of("reason", "打印机主板故障，需要二线上门"));
		assertThat(toL2.status()).isEqualTo(200);
		assertThat(toL2.json().get("tier").asString()).isEqualTo("L2");
		assertThat(toL2.json().get("teamCode").asString()).isEqualTo("EAST-L2");
		ApiCaller.Reply toL3 = agent1.post("/api/v1/tickets/" + id + "/escalate", Map.of("reason", "二线无法复现"));
		assertThat(toL3.status()).isEqualTo(200);
		assertThat(toL3.json().get("teamCode").asString()).isEqualTo("HQ-L3");

		ApiCaller.Reply beyond = agent1.post("/api/v1/tickets/" + id + "/escalate", Map.of("reason", "还是不行"));
		assertThat(beyond.status()).isEqualTo(409);

		JsonNode ticket = admin.get("/api/v1/tickets/" + id).json();
		assertThat(ticket.get("assignment").get("tier").asString()).isEqualTo("L3");
		assertThat(ticket.get("assignment").get("team").asLong()).isEqualTo(teamId("HQ-L3"));
		// The desk reads the escalation in the store's language, with the team's name rather than its code.
		assertThat(ticket.get("timeline").valueStream().map(e -> e.get("text").asString()))
				.anyMatch(text -> text != null && text.startsWith("⬆ 升级 L2 → L3：转给") && text.contains("总部三线")
						&& text.endsWith("原因：二线无法复现"));
		List<String> kinds = admin.get("/api/v1/tickets/" + id + "/dispatch-history").json().valueStream()
				.map(d -> d.get("kind").asString() + ":" + d.get("tier").asString()).toList();
		assertThat(kinds).containsExactly("DISPATCH:L1", "ESCALATION:L2", "ESCALATION:L3");
		for (int i = 0; i < 50 && escalations.heard().stream().filter(e -> e.ticketId() == id).count() < 2; i++) {
			Thread.sleep(100);
		}
		assertThat(escalations.heard().stream().filter(e -> e.ticketId() == id).map(e -> e.from() + ">" + e.to() + " by " + e.by()))
				.containsExactly("L1>L2 by agent1", "L2>L3 by agent1");
		assertThat(admin.get("/api/v1/audit?action=dispatch.escalated&targetId=" + id).json().toString())
				.contains("二线无法复现");
	}

	@Test
	void escalatingNeedsAReasonAndIsTheDesksNotTheStores() throws Exception {
		long id = open("printer-receipt").get("id").asLong();
		ApiCaller.Reply noReason = agent1.post("/api/v1/tickets/" + id + "/escalate", Map.of("reason", " "));
		assertThat(noReason.status()).isEqualTo(422);
		assertThat(noReason.body()).contains("reason");
		assertThat(staff1.post("/api/v1/tickets/" + id + "/escalate", Map.of("reason", "太慢了")).status()).isEqualTo(403);
		assertThat(agent1.post("/api/v1/tickets/999999999/escalate", Map.of("reason", "x")).status()).isEqualTo(404);
	}

	@Test
	void aVendorEngineerSeesTheTicketOnceItIsEscalatedToTheirCompany() throws Exception {
		ApiCaller vendor1 = ApiCaller.as(port, "vendor1");
		long id = open("printer-receipt").get("id").asLong();
		assertThat(vendor1.get("/api/v1/tickets/" + id).status()).isEqualTo(404);
		ApiCaller.Reply noVendor = agent1.post("/api/v1/tickets/" + id + "/escalate", Map.of("reason", "硬件保修", "to", "VENDOR"));
		assertThat(noVendor.status()).isEqualTo(422);
		assertThat(noVendor.body()).contains("vendor");
		ApiCaller.Reply out = agent1.post("/api/v1/tickets/" + id + "/escalate",
				Map.of("reason", "打印头损坏，保修期内", "to", "VENDOR", "vendor", vendorId("SUNPOS")));
		assertThat(out.status()).isEqualTo(200);
		ApiCaller.Reply seen = vendor1.get("/api/v1/tickets/" + id);
		assertThat(seen.status()).isEqualTo(200);
		assertThat(seen.json().get("assignment").get("vendor").asLong()).isEqualTo(vendorId("SUNPOS"));
		long sunpos = vendorId("SUNPOS");
		ApiCaller.Reply accepted = vendor1.post("/api/v1/tickets/" + id + "/assign",
				Map.of("agent", "vendor1", "vendor", sunpos, "tier", "L1", "version", seen.json().get("version").asInt()));
		assertThat(accepted.status()).isEqualTo(200);
		assertThat(vendor1.post("/api/v1/tickets/" + id + "/transitions", Map.of("to", "IN_PROGRESS")).status()).isEqualTo(200);
		assertThat(vendor1.post("/api/v1/tickets/" + id + "/comments", Map.of("text", "明早上门更换打印头")).status()).isIn(200, 201);
		assertThat(vendor1.post("/api/v1/tickets/" + id + "/transitions", Map.of("to", "RESOLVED", "comment", "已更换打印头")).status())
				.isEqualTo(200);
		assertThat(admin.get("/api/v1/tickets/" + id).json().get("status").asString()).isEqualTo("RESOLVED");
		assertThat(ApiCaller.as(port, "staff1").get("/api/v1/tickets/" + id).json().get("status").asString()).isEqualTo("RESOLVED");
	}

	@Test
	void regionManagersKeepTheirRegionsRulesAndHqKeepsHqs() {
		long region = admin.get("/api/v1/org/stores/" + firstStore).json().get("regionId").asLong();
		Map<String, Object> rule = new HashMap<>(Map.of("scopeRegion", region, "category", "printer-office", "team", teamId("EAST-L2"),
				"note", "办公打印机由华东二线处理"));
		ApiCaller.Reply added = region1.post("/api/v1/dispatch/rules", rule);
		assertThat(added.status()).isEqualTo(201);
		long ruleId = added.json().get("id").asLong();
		assertThat(admin.post("/api/v1/dispatch/preview", Map.of("store", firstStore, "category", "printer-office")).json()
				.get("rule").asLong()).isEqualTo(ruleId);

		Map<String, Object> hqRule = new HashMap<>(Map.of("category", "printer-office", "team", teamId("HQ-L2")));
		assertThat(region1.post("/api/v1/dispatch/rules", hqRule).status()).isEqualTo(403);
		ApiCaller.Reply noTarget = region1.post("/api/v1/dispatch/rules", Map.of("scopeRegion", region, "category", "printer"));
		assertThat(noTarget.status()).isEqualTo(422);
		assertThat(noTarget.body()).contains("team");
		assertThat(staff1.get("/api/v1/dispatch/rules").status()).isEqualTo(403);
		assertThat(region1.get("/api/v1/dispatch/rules").json().valueStream().map(r -> r.get("id").asLong())).contains(ruleId);

		assertThat(region1.delete("/api/v1/dispatch/rules/" + ruleId).status()).isEqualTo(204);
		assertThat(admin.get("/api/v1/dispatch/rules").json().valueStream().map(r -> r.get("id").asLong())).doesNotContain(ruleId);
	}

	/** The open tickets an agent holds, which dispatch weighs when it picks the next agent. */
	private List<String> holders(long ticketId) {
		return jdbc.sql("select agent from dispatch.holding where ticket_id = ?").param(ticketId).query(String.class).list();
	}

	private int assign(long ticketId, Map<String, Object> holder) {
		Map<String, Object> body = new HashMap<>(holder);
		body.put("version", admin.get("/api/v1/tickets/" + ticketId).json().get("version").asInt());
		return agent1.post("/api/v1/tickets/" + ticketId + "/assign", body).status();
	}

	@Test
	void anAgentsLoadFollowsTheTicketToATeamQueueAndBackAndEndsWhenItIsResolved() {
		JsonNode opened = open("printer-receipt");
		long id = opened.get("id").asLong();
		String agent = opened.get("assignment").get("agent").asString();
		assertThat(holders(id)).containsExactly(agent);

		long l2 = teamId("EAST-L2");
		assertThat(assign(id, Map.of("team", l2, "tier", "L2"))).isEqualTo(200);
		assertThat(holders(id)).as("in a team's queue nobody carries it").isEmpty();
		assertThat(assign(id, Map.of("team", l2, "tier", "L2"))).isEqualTo(200);
		assertThat(holders(id)).isEmpty();

		assertThat(assign(id, Map.of("agent", "agent1", "team", teamId("HQ-L1"), "tier", "L1"))).isEqualTo(200);
		assertThat(holders(id)).containsExactly("agent1");
		assertThat(agent1.post("/api/v1/tickets/" + id + "/transitions", Map.of("to", "IN_PROGRESS")).status()).isEqualTo(200);
		assertThat(agent1.post("/api/v1/tickets/" + id + "/transitions", Map.of("to", "RESOLVED", "comment", "换了纸卷")).status())
				.isEqualTo(200);
		assertThat(holders(id)).isEmpty();
	}

	@Test
	void anAgentWhoIsAwayIsNotGivenNewTickets() {
		assertThat(agent1.put("/api/v1/dispatch/agents/agent1/availability", Map.of("available", false)).status()).isEqualTo(200);
		try {
			JsonNode preview = admin.post("/api/v1/dispatch/preview", Map.of("store", firstStore, "category", "membership-points")).json();
			assertThat(preview.get("teamCode").asString()).isEqualTo("HQ-L1");
			assertThat(preview.get("agent").isNull() ? null : preview.get("agent").asString()).isNotEqualTo("agent1");
			assertThat(agent1.put("/api/v1/dispatch/agents/l1.he/availability", Map.of("available", false)).status()).isEqualTo(403);
		}
		finally {
			agent1.put("/api/v1/dispatch/agents/agent1/availability", Map.of("available", true));
		}
	}

	@Test
	void automaticDispatchDoesNotCountAsTheDesksResponseButAPersonTakingTheTicketDoes() {
		JsonNode opened = open("printer-receipt");
		long id = opened.get("id").asLong();
		JsonNode stored = admin.get("/api/v1/tickets/" + id).json();
		assertThat(stored.get("status").asString()).isEqualTo("ASSIGNED");
		assertThat(stored.get("sla").get("dueAt").asString()).as("the response clock still counts after dispatch")
				.isEqualTo(stored.get("sla").get("responseDueAt").asString());
		assertThat(admin.get("/api/v1/audit?action=sla.clock.stopped&targetId=" + id).json().toString())
				.doesNotContain("RESPONSE");

		assertThat(agent1.post("/api/v1/tickets/" + id + "/transitions", Map.of("to", "IN_PROGRESS")).status()).isEqualTo(200);
		JsonNode taken = admin.get("/api/v1/tickets/" + id).json();
		assertThat(taken.get("sla").get("dueAt").asString()).as("once a person takes it, the resolution clock counts")
				.isEqualTo(taken.get("sla").get("resolutionDueAt").asString());
		assertThat(admin.get("/api/v1/audit?action=sla.clock.stopped&targetId=" + id).json().toString())
				.contains("RESPONSE").contains("MET");
	}

	@Test
	void withAutomaticDispatchOffATicketOpensUnassignedAndStaysWithWhoeverTakesIt() {
		admin.put("/api/v1/dispatch/auto", Map.of("enabled", false));
		try {
			JsonNode opened = open("printer-receipt");
			long id = opened.get("id").asLong();
			assertThat(opened.get("status").asString()).isEqualTo("NEW");
			assertThat(opened.get("assignment").get("team").isNull()).isTrue();
			assertThat(agent1.post("/api/v1/tickets/" + id + "/assign", Map.of("agent", "agent1", "version", 0)).status())
					.isEqualTo(200);
			admin.put("/api/v1/dispatch/auto", Map.of("enabled", true));
			JsonNode after = admin.get("/api/v1/tickets/" + id).json();
			assertThat(after.get("assignment").get("agent").asString()).isEqualTo("agent1");
			assertThat(after.get("assignment").get("team").isNull()).isTrue();
			assertThat(admin.get("/api/v1/tickets/" + id + "/dispatch-history").json().size()).isZero();
		}
		finally {
			admin.put("/api/v1/dispatch/auto", Map.of("enabled", true));
		}
	}
}
