package com.chaindesk.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.chaindesk.ApiCaller;
import com.chaindesk.ChainDeskTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The on-call rota and out-of-hours P1 dispatch. */
@ChainDeskTest
class OnCallTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ApiCaller admin;
	String suffix;

	@BeforeEach
	void setUp() {
		admin = ApiCaller.as(port, "admin");
		suffix = Long.toString(System.nanoTime() % 10_000_000, 36).toUpperCase();
	}

	@AfterEach
	void autoDispatchOff() {
		admin.put("/api/v1/dispatch/auto", Map.of("enabled", false));
	}

	@Test
	void aP1OpenedWhileTheStoreIsClosedGoesToTheAgentOnCallAndTheLogSaysSo() throws Exception {
		long team = team("HQ", null);
		agent("day" + suffix, team, List.of("pos"));
		agent("night" + suffix, team, List.of("network"));
		long store = closedStore();
		ApiCaller.Reply rule = admin.post("/api/v1/dispatch/rules", Map.of("position", 1, "store", store, "team", team,
				"tier", "L2", "note", "测试门店：全部交给值班组"));
		assertThat(rule.status()).as(rule.body()).isEqualTo(201);
		try {
			assertThat(admin.put("/api/v1/dispatch/auto", Map.of("enabled", true)).status()).isEqualTo(200);
			JsonNode before = open(store, "HIGH");
			assertThat(before.get("priority").asString()).isEqualTo("P1");
			assertThat(before.get("assignment").get("agent").asString()).as("nobody on shift: the normal choice")
					.isEqualTo("day" + suffix);

			Instant now = Instant.now();
			ApiCaller.Reply shift = admin.post("/api/v1/dispatch/on-call", Map.of("team", team, "agent", "night" + suffix,
					"from", now.minus(Duration.ofHours(1)).toString(), "to", now.plus(Duration.ofHours(8)).toString()));
			assertThat(shift.status()).as(shift.body()).isEqualTo(201);

			JsonNode atNight = open(store, "HIGH");
			long p1 = atNight.get("id").asLong();
			assertThat(atNight.get("assignment").get("agent").asString()).isEqualTo("night" + suffix);
			assertThat(admin.get("/api/v1/tickets/" + p1 + "/dispatch-history").json().get(0).get("reason").asString())
					.contains("on-call");
			JsonNode p3 = open(store, "LOW");
			assertThat(p3.get("assignment").get("agent").asString()).as("only P1 wakes the on-call agent")
					.isEqualTo("day" + suffix);
		}
		finally {
			admin.delete("/api/v1/dispatch/rules/" + rule.json().get("id").asLong());
		}
	}

	@Test
	void shiftsAreCheckedFieldByFieldAndKeptByHqOrTheTeamsRegion() {
		long hqTeam = team("HQ", null);
		agent("hq" + suffix, hqTeam, List.of("pos"));
		long east = admin.get("/api/v1/org/regions").json().valueStream().filter(r -> r.get("code").asString().equals("EAST"))
				.findFirst().orElseThrow().get("id").asLong();
		long eastTeam = team("EA", east);
		agent("ea" + suffix, eastTeam, List.of("pos"));
		Instant from = Instant.now().plus(Duration.ofHours(2));
		Instant to = from.plus(Duration.ofHours(10));

		assertProblem(admin.post("/api/v1/dispatch/on-call", Map.of("agent", "hq" + suffix, "from", from.toString(),
				"to", to.toString())), 422, "team");
		assertProblem(admin.post("/api/v1/dispatch/on-call", shift(hqTeam, "ea" + suffix, from, to)), 422, "agent");
		assertProblem(admin.post("/api/v1/dispatch/on-call", shift(hqTeam, "hq" + suffix, to, from)), 422, "to");
		assertProblem(admin.post("/api/v1/dispatch/on-call", shift(hqTeam, "hq" + suffix, from, from.plus(Duration.ofDays(2)))), 422, "to");
		Map<String, Object> badMoment = new HashMap<>(shift(hqTeam, "hq" + suffix, from, to));
		badMoment.put("from", "tonight");
		assertThat(admin.post("/api/v1/dispatch/on-call", badMoment).status()).isEqualTo(400);
		assertProblem(admin.get("/api/v1/dispatch/on-call?from=yesterday"), 422, "from");

		ApiCaller region1 = ApiCaller.as(port, "region1");
		assertThat(region1.post("/api/v1/dispatch/on-call", shift(hqTeam, "hq" + suffix, from, to)).status()).isEqualTo(403);
		ApiCaller.Reply regional = region1.post("/api/v1/dispatch/on-call", shift(eastTeam, "ea" + suffix, from, to));
		assertThat(regional.status()).as(regional.body()).isEqualTo(201);
		long id = regional.json().get("id").asLong();
		assertThat(region1.post("/api/v1/dispatch/on-call", shift(eastTeam, "ea" + suffix, from.plusSeconds(3600), to))
				.status()).as("the same agent twice at once").isEqualTo(409);
		assertThat(ApiCaller.as(port, "staff1").get("/api/v1/dispatch/on-call").status()).isEqualTo(403);

		JsonNode week = region1.get("/api/v1/dispatch/on-call").json();
		assertThat(week.valueStream().map(s -> s.get("id").asLong()).toList()).contains(id);
		assertThat(week.valueStream().map(s -> s.get("teamCode").asString()).toList()).doesNotContain("HQ-L2");
		assertThat(admin.get("/api/v1/dispatch/on-call").json().valueStream().map(s -> s.get("teamCode").asString()).toList())
				.as("the demo's night watch").contains("HQ-L2");

		assertThat(region1.delete("/api/v1/dispatch/on-call/" + id).status()).isEqualTo(204);
		assertThat(region1.get("/api/v1/dispatch/on-call").json().valueStream().map(s -> s.get("id").asLong()).toList())
				.doesNotContain(id);
		assertThat(jdbc.sql("select count(*) from audit.entry where target_type = 'on-call-shift' and target_id = ?")
				.param(Long.toString(id)).query(Long.class).single()).isEqualTo(2);
	}

	private static Map<String, Object> shift(long team, String agent, Instant from, Instant to) {
		return Map.of("team", team, "agent", agent, "from", from.toString(), "to", to.toString());
	}

	private long team(String prefix, Long region) {
		Map<String, Object> body = new HashMap<>(Map.of("code", prefix + "-" + suffix,
				"name", Map.of("zh-CN", "值班组" + suffix, "zh-TW", "值班組" + suffix, "en", "On call " + suffix), "tier", "L2"));
		if (region != null) {
			body.put("regionId", region);
		}
		ApiCaller.Reply reply = admin.post("/api/v1/org/teams", body);
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return reply.json().get("id").asLong();
	}

	private void agent(String username, long team, List<String> skills) {
		ApiCaller.Reply reply = admin.post("/api/v1/org/agents", Map.of("username", username, "displayName", "值班 " + username,
				"teamId", team, "skills", skills, "languages", List.of("zh-CN"), "capacity", 5));
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
	}

	/** A store open one hour a day, twelve hours away from now: closed while the test runs. */
	private long closedStore() {
		int hour = (LocalTime.now(SHANGHAI).getHour() + 12) % 24;
		hour = Math.min(hour, 22);
		String window = String.format("%02d:00-%02d:00", hour, hour + 1);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("code", "NIGHT-" + suffix);
		body.put("name", Map.of("zh-CN", "夜测店 " + suffix, "en", "Night test " + suffix));
		body.put("regionId", admin.get("/api/v1/org/regions").json().get(0).get("id").asLong());
		body.put("city", "上海");
		body.put("address", "徐汇区测试路2号");
		body.put("latitude", 31.19);
		body.put("longitude", 121.43);
		body.put("timeZone", "Asia/Shanghai");
		body.put("locale", "zh-CN");
		body.put("sizeClass", "M");
		Map<String, List<String>> hours = new LinkedHashMap<>();
		for (String day : List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")) {
			hours.put(day, List.of(window));
		}
		body.put("openingHours", hours);
		ApiCaller.Reply reply = admin.post("/api/v1/org/stores", body);
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return reply.json().get("id").asLong();
	}

	/** Opens a ticket; answers the 201's ticket, dispatched as it opened. */
	private JsonNode open(long store, String level) {
		Map<String, Object> body = new HashMap<>();
		body.put("type", "INCIDENT");
		body.put("store", store);
		body.put("category", "pos-terminal");
		body.put("subject", "收银机全部死机");
		body.put("description", "所有收银机都无法开机。");
		body.put("fields", Map.of("register", "全部"));
		body.put("impact", level);
		body.put("urgency", level);
		ApiCaller.Reply reply = admin.post("/api/v1/tickets", body);
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return reply.json();
	}

	private static void assertProblem(ApiCaller.Reply reply, int status, String field) {
		assertThat(reply.status()).as(reply.body()).isEqualTo(status);
		assertThat(reply.body()).contains("\"" + field + "\"");
	}
}
