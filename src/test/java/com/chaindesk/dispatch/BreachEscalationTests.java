package com.chaindesk.dispatch;

import java.time.Duration;
import java.util.Map;

import com.chaindesk.ApiCaller;
import com.chaindesk.ChainDeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A ticket that misses its resolution target goes one tier up by itself, with the reason on its timeline. */
@ChainDeskTest
class BreachEscalationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aResolutionBreachEscalatesFromL1ToTheRegionsL2() {
		ApiCaller staff = ApiCaller.as(port, "staff1");
		ApiCaller admin = ApiCaller.as(port, "admin");
		long store = staff.get("/api/v1/auth/whoami").json().get("scope").get("storeId").asLong();
		ApiCaller.Reply opened = staff.post("/api/v1/tickets", Map.of("type", "INCIDENT", "store", store, "category", "printer",
				"subject", "标签打印机卡纸", "description", "每打一张就卡纸", "impact", "MEDIUM", "urgency", "MEDIUM"));
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		long id = opened.json().get("id").asLong();
		long hqL1 = admin.get("/api/v1/org/teams").json().valueStream().filter(t -> t.get("code").asString().equals("HQ-L1"))
				.findFirst().orElseThrow().get("id").asLong();
		assertThat(ApiCaller.as(port, "agent1").post("/api/v1/tickets/" + id + "/assign",
				Map.of("agent", "agent1", "team", hqL1, "tier", "L1", "version", 0)).status()).isEqualTo(200);

		long clock = waitFor(() -> jdbc.sql("select id from sla.clock where ticket_id = ? and kind = 'RESOLUTION'")
				.param(id).query(Long.class).optional().orElse(null));
		// Bring the breach forward instead of waiting sixteen business hours.
		waitFor(() -> jdbc.sql("update sla.scheduled_tasks set execution_time = now() where task_name = 'sla-breach' and task_instance like ?")
				.param(clock + "-%").update() > 0 ? Boolean.TRUE : null);

		JsonNode ticket = waitFor(() -> {
			JsonNode now = admin.get("/api/v1/tickets/" + id).json();
			return "L2".equals(now.get("assignment").get("tier").asString()) ? now : null;
		});
		assertThat(ticket.get("timeline").toString()).contains("SLA");
		assertThat(admin.get("/api/v1/tickets/" + id + "/dispatch-history").body()).contains("ESCALATION", "SLA");
	}

	@Test
	void aTicketWithL3AlreadyStaysThereAndItsBreachIsStillRecordedAndNoted() {
		ApiCaller staff = ApiCaller.as(port, "staff1");
		ApiCaller admin = ApiCaller.as(port, "admin");
		long store = staff.get("/api/v1/auth/whoami").json().get("scope").get("storeId").asLong();
		ApiCaller.Reply opened = staff.post("/api/v1/tickets", Map.of("type", "INCIDENT", "store", store, "category", "printer",
				"subject", "小票打印机报错 E-07", "description", "换纸后仍然报错", "impact", "MEDIUM", "urgency", "MEDIUM"));
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		long id = opened.json().get("id").asLong();
		long hqL3 = admin.get("/api/v1/org/teams").json().valueStream().filter(t -> t.get("code").asString().equals("HQ-L3"))
				.findFirst().orElseThrow().get("id").asLong();
		int version = admin.get("/api/v1/tickets/" + id).json().get("version").asInt();
		ApiCaller.Reply assigned = admin.post("/api/v1/tickets/" + id + "/assign", Map.of("team", hqL3, "tier", "L3", "version", version));
		assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);

		long clock = waitFor(() -> jdbc.sql("select id from sla.clock where ticket_id = ? and kind = 'RESOLUTION'")
				.param(id).query(Long.class).optional().orElse(null));
		waitFor(() -> jdbc.sql("update sla.scheduled_tasks set execution_time = now() where task_name = 'sla-breach' and task_instance like ?")
				.param(clock + "-%").update() > 0 ? Boolean.TRUE : null);

		// Nowhere further up is a decision, not a failure: the breach, its audit entry and its note still commit.
		JsonNode ticket = waitFor(() -> {
			JsonNode now = admin.get("/api/v1/tickets/" + id).json();
			return now.get("timeline").toString().contains("解决时限已超时") ? now : null;
		});
		assertThat(ticket.get("assignment").get("tier").asString()).isEqualTo("L3");
		assertThat(jdbc.sql("select state from sla.clock where id = ?").param(clock).query(String.class).single())
				.isEqualTo("BREACHED");
		assertThat(jdbc.sql("select count(*) from audit.entry where action = 'sla.clock.breached' and target_id = ?")
				.param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
		assertThat(admin.get("/api/v1/tickets/" + id + "/dispatch-history").body()).doesNotContain("ESCALATION");
	}

	private static <T> T waitFor(java.util.function.Supplier<T> check) {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (System.nanoTime() < deadline) {
			T value = check.get();
			if (value != null) {
				return value;
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
		throw new AssertionError("not within 15 s");
	}
}
