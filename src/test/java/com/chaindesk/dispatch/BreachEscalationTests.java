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
		ApiCaller admin = ApiCaller.as(port, "admin");
		long id = breachingTicketOf("HQ-L1", "L1", "标签打印机卡纸");

		JsonNode ticket = waitFor(() -> {
			JsonNode now = admin.get("/api/v1/tickets/" + id).json();
			return "L2".equals(now.get("assignment").get("tier").asString()) ? now : null;
		});
		assertThat(ticket.get("timeline").toString()).contains("SLA");
		assertThat(admin.get("/api/v1/tickets/" + id + "/dispatch-history").body()).contains("ESCALATION", "SLA");
	}

	@Test
	void aTicketWithL3AlreadyStaysThereAndItsBreachIsStillRecordedAndNoted() {
		ApiCaller admin = ApiCaller.as(port, "admin");
		long id = breachingTicketOf("HQ-L3", "L3", "小票打印机报错 E-07");

		// Nowhere further up is a decision, not a failure: the breach, its audit entry and its note still commit.
		JsonNode ticket = waitFor(() -> {
			JsonNode now = admin.get("/api/v1/tickets/" + id).json();
			return now.get("timeline").toString().contains("解决时限已超时") ? now : null;
		});
		assertThat(ticket.get("assignment").get("tier").asString()).isEqualTo("L3");
		assertThat(jdbc.sql("select state from sla.clock where ticket_id = ? and kind = 'RESOLUTION'").param(id)
				.query(String.class).single()).isEqualTo("BREACHED");
		assertThat(jdbc.sql("select count(*) from audit.entry where action = 'sla.clock.breached' and target_id = ?")
				.param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
		assertThat(admin.get("/api/v1/tickets/" + id + "/dispatch-history").body()).doesNotContain("ESCALATION");
	}

	/**
	 * A store's printer ticket, handed to the HQ team given at the tier given, whose resolution breach is brought
	 * forward to now instead of sixteen business hours away.
	 */
	private long breachingTicketOf(String teamCode, String tier, String subject) {
		ApiCaller staff = ApiCaller.as(port, "staff1");
		ApiCaller admin = ApiCaller.as(port, "admin");
		long store = staff.get("/api/v1/auth/whoami").json().get("scope").get("storeId").asLong();
		ApiCaller.Reply opened = staff.post("/api/v1/tickets", Map.of("type", "INCIDENT", "store", store, "category", "printer",
				"subject", subject, "description", "每打一张就卡纸", "impact", "MEDIUM", "urgency", "MEDIUM"));
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		long id = opened.json().get("id").asLong();
		long team = admin.get("/api/v1/org/teams").json().valueStream().filter(t -> t.get("code").asString().equals(teamCode))
				.findFirst().orElseThrow().get("id").asLong();
		int version = admin.get("/api/v1/tickets/" + id).json().get("version").asInt();
		ApiCaller.Reply assigned = admin.post("/api/v1/tickets/" + id + "/assign", Map.of("team", team, "tier", tier, "version", version));
		assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);

		long clock = waitFor(() -> jdbc.sql("select id from sla.clock where ticket_id = ? and kind = 'RESOLUTION'")
				.param(id).query(Long.class).optional().orElse(null));
		waitFor(() -> jdbc.sql("update sla.scheduled_tasks set execution_time = now() where task_name = 'sla-breach' and task_instance like ?")
				.param(clock + "-%").update() > 0 ? Boolean.TRUE : null);
		return id;
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
