package com.chaindesk.sla.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.chaindesk.ApiCaller;
import com.chaindesk.ChainDeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static com.chaindesk.sla.SlaTicketsForTests.clockIn;
import static com.chaindesk.sla.SlaTicketsForTests.clocks;
import static com.chaindesk.sla.SlaTicketsForTests.open;
import static com.chaindesk.sla.SlaTicketsForTests.storeId;
import static com.chaindesk.sla.SlaTicketsForTests.version;
import static org.assertj.core.api.Assertions.assertThat;

@ChainDeskTest
class SlaReportApiTests {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
	static final String RANGE = "&from=" + TODAY.minusDays(1) + "&to=" + TODAY.plusDays(1);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTeamsRowCountsTheTicketsItHeldWithMetPercentagesAndBreaches() {
		ApiCaller admin = ApiCaller.as(port, "admin");
		ApiCaller staff = ApiCaller.as(port, "staff1");
		ApiCaller agent = ApiCaller.as(port, "agent1");
		String code = "RPT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		// An L3 team: a resolution breach does not escalate it away, so the holder stays put for the report.
		ApiCaller.Reply team = admin.post("/api/v1/org/teams", Map.of("code", code,
				"name", Map.of("zh-CN", "报表三线", "zh-TW", "報表三線", "en", "Report experts"), "tier", "L3"));
		assertThat(team.status()).as(team.body()).isEqualTo(201);
		long teamId = team.json().get("id").asLong();
		long store = storeId(port, "SH-XH-01");

		long solved = open(staff, store, "printer-receipt", "MEDIUM", "MEDIUM").get("id").asLong();
		long late = open(staff, store, "printer-receipt", "MEDIUM", "MEDIUM").get("id").asLong();
		for (long id : List.of(solved, late)) {
			clocks(staff, id, c -> c.get("clocks").size() == 2);
			ApiCaller.Reply assigned = agent.post("/api/v1/tickets/" + id + "/assign",
					Map.of("team", teamId, "tier", "L3", "version", version(agent, id)));
			assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
			clocks(staff, id, c -> clockIn(c, "RESPONSE", "MET"));
		}
		agent.post("/api/v1/tickets/" + solved + "/transitions", Map.of("to", "IN_PROGRESS"));
		agent.post("/api/v1/tickets/" + solved + "/transitions", Map.of("to", "RESOLVED", "comment", "已更换电源"));
		clocks(staff, solved, c -> clockIn(c, "RESOLUTION", "MET"));
		long lateClock = jdbc.sql("select id from sla.clock where ticket_id = ? and kind = 'RESOLUTION'").param(late)
				.query(Long.class).single();
		jdbc.sql("update sla.scheduled_tasks set execution_time = now() where task_name = 'sla-breach' and task_instance like ?")
				.param(lateClock + "-%").update();
		clocks(staff, late, c -> clockIn(c, "RESOLUTION", "BREACHED"));

		JsonNode row = row(admin.get("/api/v1/sla/report?groupBy=team" + RANGE), teamId);
		assertThat(row.get("code").asString()).isEqualTo(code);
		assertThat(row.get("name").asString()).isEqualTo("报表三线");
		assertThat(row.get("tickets").asLong()).isEqualTo(2);
		assertThat(row.get("responseMetPercent").asDouble()).isEqualTo(100.0);
		assertThat(row.get("resolutionMetPercent").asDouble()).as("the breached, still open clock is not met").isEqualTo(50.0);
		assertThat(row.get("breached").asLong()).isEqualTo(1);
		assertThat(row.get("responseMeanMinutes").isNull()).isFalse();
		assertThat(row.get("resolutionMeanMinutes").isNull()).as("only the stopped clock has a time").isFalse();
	}

	@Test
	void meanAndP90AreTheClocksBusinessMinutes() {
		long team = 900_000 + (long) (Math.random() * 90_000);
		for (int minutes = 1; minutes <= 10; minutes++) {
			jdbc.sql("""
					insert into sla.clock (ticket_id, store_id, region_id, kind, always_on, target_minutes, started_at,
					  consumed_seconds, due_at, stopped_at, state, team_id)
					values (?, 1, 1, 'RESOLUTION', false, 8, now(), ?, now(), now(), ?, ?)""")
					.params(-team * 100 - minutes, minutes * 60, minutes <= 8 ? "MET" : "BREACHED", team).update();
		}
		JsonNode row = row(ApiCaller.as(port, "admin").get("/api/v1/sla/report?groupBy=team" + RANGE), team);
		assertThat(row.get("tickets").asLong()).isEqualTo(10);
		assertThat(row.get("resolutionMeanMinutes").asDouble()).isEqualTo(5.5);
		// percentile_cont(0.9) of 1..10 interpolates between the 9th and 10th value.
		assertThat(row.get("resolutionP90Minutes").asDouble()).isEqualTo(9.1);
		assertThat(row.get("resolutionMetPercent").asDouble()).isEqualTo(80.0);
		assertThat(row.get("responseMetPercent").isNull()).isTrue();
		assertThat(row.get("breached").asLong()).isEqualTo(2);
	}

	@Test
	void badGroupingsAndRangesAreNamed() {
		ApiCaller admin = ApiCaller.as(port, "admin");
		assertProblem(admin.get("/api/v1/sla/report?groupBy=city"), "groupBy");
		assertProblem(admin.get("/api/v1/sla/report?from=2026-13-01"), "from");
		assertProblem(admin.get("/api/v1/sla/report?to=yesterday"), "to");
		assertProblem(admin.get("/api/v1/sla/report?from=2026-05-02&to=2026-05-01"), "to");
		assertProblem(admin.get("/api/v1/sla/report?from=2025-01-01&to=2026-05-01"), "to");
		JsonNode defaults = admin.get("/api/v1/sla/report").json();
		assertThat(defaults.get("groupBy").asString()).isEqualTo("team");
		assertThat(LocalDate.parse(defaults.get("to").asString())).isEqualTo(TODAY);
		assertThat(LocalDate.parse(defaults.get("from").asString())).isEqualTo(TODAY.minusDays(29));
	}

	@Test
	void readersSeeOnlyTheirPartOfTheChain() {
		long store = storeId(port, "SH-XH-01");
		ApiCaller staff = ApiCaller.as(port, "staff1");
		long id = open(staff, store, "printer-receipt", "MEDIUM", "MEDIUM").get("id").asLong();
		clocks(staff, id, c -> c.get("clocks").size() == 2);
		long region = jdbc.sql("select region_id from sla.clock where ticket_id = ? limit 1").param(id).query(Long.class).single();

		JsonNode regions = ApiCaller.as(port, "region1").get("/api/v1/sla/report?groupBy=region" + RANGE).json();
		assertThat(regions.get("rows").valueStream().map(r -> r.get("id").asLong()).toList()).containsExactly(region);
		JsonNode stores = ApiCaller.as(port, "manager1").get("/api/v1/sla/report?groupBy=store" + RANGE).json();
		assertThat(stores.get("rows").valueStream().map(r -> r.get("id").asLong()).toList()).containsExactly(store);
		JsonNode all = ApiCaller.as(port, "admin").get("/api/v1/sla/report?groupBy=store" + RANGE).json();
		assertThat(all.get("total").get("tickets").asLong()).isGreaterThanOrEqualTo(stores.get("total").get("tickets").asLong());
		assertThat(staff.get("/api/v1/sla/report").status()).isEqualTo(403);
	}

	private static JsonNode row(ApiCaller.Reply reply, long id) {
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		return reply.json().get("rows").valueStream().filter(r -> !r.get("id").isNull() && r.get("id").asLong() == id)
				.findFirst().orElseThrow(() -> new AssertionError("no row " + id + " in " + reply.body()));
	}

	private static void assertProblem(ApiCaller.Reply reply, String field) {
		assertThat(reply.status()).as(reply.body()).isIn(400, 422);
		assertThat(reply.body()).contains("\"" + field + "\"");
	}
}
