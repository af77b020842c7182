package com.chaindesk.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.chaindesk.ApiCaller;
import com.chaindesk.TestOrg;
import com.chaindesk.ChainDeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The policy as a region sets it, checked the way an administrator would see it: in the clocks of a new ticket. */
@ChainDeskTest
class SlaPolicySettingTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRegionOverrideSetsTheTargetsOfItsStoresAndAStoreWithoutHoursCountsAroundTheClock() {
		long region = region();
		long store = store(region);
		ApiCaller admin = ApiCaller.as(port, "admin");
		List<Map<String, Object>> policy = List.of(
				rule("P1", null, 10, 60), rule("P2", null, 20, 120), rule("P3", null, 30, 240),
				rule("P3", "printer", 25, 200), rule("P4", null, 60, 480));
		ApiCaller.Reply set = admin.put("/api/v1/config/sla.policies?scope=region:" + region, Map.of("value", policy));
		assertThat(set.status()).as(set.body()).isEqualTo(200);

		long id = open(admin, store).get("id").asLong();
		JsonNode sla = clocks(admin, id);
		JsonNode response = clock(sla, "RESPONSE");
		assertThat(response.get("targetMinutes").asInt()).isEqualTo(25);
		assertThat(clock(sla, "RESOLUTION").get("targetMinutes").asInt()).isEqualTo(200);
		// The new store has no opening hours yet: its clocks run 24×7 rather than never coming due.
		assertThat(response.get("alwaysOn").asBoolean()).isTrue();
		Instant started = Instant.parse(response.get("startedAt").asString());
		assertThat(Instant.parse(response.get("dueAt").asString())).isEqualTo(started.plus(Duration.ofMinutes(25)));
	}

	@Test
	void aPolicyWithoutARuleForEachPriorityOrWithBadMinutesIsRefusedNamingTheField() {
		ApiCaller.Reply refused = ApiCaller.as(port, "admin").put("/api/v1/config/sla.policies?scope=hq",
				Map.of("value", List.of(rule("P1", null, 0, 60))));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("responseMinutes").contains("a rule for P2 without category and size class");
	}

	@Test
	void someoneOutsideTheStoreDoesNotSeeItsClocks() {
		ApiCaller staff = ApiCaller.as(port, "staff1");
		long sh = ApiCaller.as(port, "admin").get("/api/v1/org/stores?q=SH-XH-01").json().get("content").get(0).get("id").asLong();
		long id = open(staff, sh).get("id").asLong();
		clocks(staff, id);
		assertThat(ApiCaller.as(port, "manager2").get("/api/v1/sla/tickets/" + id).status()).isEqualTo(404);
	}

	private static Map<String, Object> rule(String priority, String category, int response, int resolution) {
		Map<String, Object> rule = new HashMap<>();
		rule.put("priority", priority);
		rule.put("category", category);
		rule.put("sizeClass", null);
		rule.put("responseMinutes", response);
		rule.put("resolutionMinutes", resolution);
		return rule;
	}

	private long region() {
		return TestOrg.region(jdbc, "SLA", "{\"zh-CN\":\"SLA 大区\",\"zh-TW\":\"SLA 大區\",\"en\":\"SLA region\"}");
	}

	private long store(long region) {
		return TestOrg.store(jdbc, region, "SLA-S", "{\"zh-CN\":\"SLA 门店\",\"zh-TW\":\"SLA 門市\",\"en\":\"SLA store\"}");
	}

	private static JsonNode open(ApiCaller caller, long store) {
		Map<String, Object> body = new HashMap<>();
		body.put("type", "INCIDENT");
		body.put("store", store);
		body.put("category", "printer-receipt");
		body.put("subject", "小票打印机不出纸");
		body.put("description", "小票打印机亮红灯。");
		body.put("impact", "MEDIUM");
		body.put("urgency", "MEDIUM");
		ApiCaller.Reply reply = caller.post("/api/v1/tickets", body);
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return reply.json();
	}

	private static JsonNode clocks(ApiCaller caller, long ticket) {
		JsonNode[] last = new JsonNode[1];
		await().atMost(10, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(100)).until(() -> {
			ApiCaller.Reply reply = caller.get("/api/v1/sla/tickets/" + ticket);
			last[0] = reply.status() == 200 ? reply.json() : null;
			return last[0] != null && last[0].get("clocks").size() == 2;
		});
		return last[0];
	}

	private static JsonNode clock(JsonNode sla, String kind) {
		return sla.get("clocks").valueStream().filter(c -> c.get("kind").asString().equals(kind)).findFirst().orElseThrow();
	}
}
