package com.chaindesk.sla;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

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
import static org.awaitility.Awaitility.await;

/** What ChainDesk does by itself when a clock warns or breaches (setting sla.breach-actions). */
@ChainDeskTest
class BreachFollowUpTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aWarningLeavesANoteForTheHolder() {
		ApiCaller staff = ApiCaller.as(port, "staff1");
		ApiCaller agent = ApiCaller.as(port, "agent1");
		long id = open(staff, storeId(port, "SH-XH-01"), "printer-receipt", "MEDIUM", "MEDIUM").get("id").asLong();
		clocks(staff, id, c -> c.get("clocks").size() == 2);
		agent.post("/api/v1/tickets/" + id + "/assign", Map.of("agent", "agent1", "version", version(agent, id)));
		fire("sla-warning", id, "RESOLUTION");
		String agentName = ApiCaller.as(port, "agent1").get("/api/v1/auth/whoami").json().get("displayName").asString();
		JsonNode note = waitForNote(agent, id, "75%");
		assertThat(note.get("internal").asBoolean()).isTrue();
		assertThat(note.get("text").asString()).startsWith("解决时限已用去 75%").contains(agentName);
	}

	@Test
	void aBreachIsNotedTheRegionManagerIsToldAndTheSameTimerAgainAddsNothing() {
		ApiCaller staff = ApiCaller.as(port, "staff1");
		ApiCaller agent = ApiCaller.as(port, "agent1");
		ApiCaller region = ApiCaller.as(port, "region1");
		long id = open(staff, storeId(port, "SH-XH-01"), "printer-receipt", "MEDIUM", "MEDIUM").get("id").asLong();
		clocks(staff, id, c -> c.get("clocks").size() == 2);
		agent.post("/api/v1/tickets/" + id + "/assign", Map.of("agent", "agent1", "version", version(agent, id)));
		clocks(staff, id, c -> clockIn(c, "RESPONSE", "MET"));
		long clock = jdbc.sql("select id from sla.clock where ticket_id = ? and kind = 'RESOLUTION'").param(id)
				.query(Long.class).single();
		// A copy of the breach timer, to deliver it a second time later.
		assertThat(jdbc.sql("""
				insert into sla.scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, version)
				select task_name, 'again-' || ?, task_data, now() + interval '1 day', false, 1 from sla.scheduled_tasks
				 where task_name = 'sla-breach' and task_instance like ?""").params(clock, clock + "-%").update()).isEqualTo(1);
		fire("sla-breach", id, "RESOLUTION");

		String manager = region.get("/api/v1/auth/whoami").json().get("displayName").asString();
		JsonNode note = waitForNote(agent, id, "已通知区域经理");
		assertThat(note.get("text").asString()).startsWith("解决时限已超时").contains("已通知区域经理 " + manager);
		JsonNode ticket = region.get("/api/v1/tickets/" + id).json();
		assertThat(ticket.get("watchers").valueStream().map(JsonNode::asString).toList()).contains("region1");
		assertThat(jdbc.sql("select count(*) from audit.entry where action = 'sla.breach.region-manager-told' and target_id = ?")
				.param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);

		// The same timer delivered again (a crash after the commit but before db-scheduler removed the execution, or a
		// second instance): the clock is marked already, so nothing is heard, noted or told twice.
		assertThat(jdbc.sql("update sla.scheduled_tasks set execution_time = now() where task_instance = ?")
				.param("again-" + clock).update()).isEqualTo(1);
		await().atMost(10, TimeUnit.SECONDS).until(() -> jdbc.sql("select count(*) from sla.scheduled_tasks where task_instance = ?")
				.param("again-" + clock).query(Long.class).single() == 0);
		assertThat(notes(agent, id, "已通知区域经理")).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit.entry where action = 'sla.breach.region-manager-told' and target_id = ?")
				.param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aRegionThatSwitchesEscalationOffKeepsTheTierButStillNotes() {
		ApiCaller admin = ApiCaller.as(port, "admin");
		long store = storeId(port, "BJ-CY-02");
		long north = admin.get("/api/v1/org/stores/" + store).json().get("regionId").asLong();
		ApiCaller.Reply set = admin.put("/api/v1/config/sla.breach-actions?scope=region:" + north, Map.of("value",
				Map.of("noteOnWarning", true, "noteOnBreach", true, "escalateOnBreach", false, "tellRegionManager", true)));
		assertThat(set.status()).as(set.body()).isEqualTo(200);
		try {
			long hqL1 = admin.get("/api/v1/org/teams").json().valueStream()
					.filter(t -> t.get("code").asString().equals("HQ-L1")).findFirst().orElseThrow().get("id").asLong();
			long id = open(admin, store, "printer-receipt", "MEDIUM", "MEDIUM").get("id").asLong();
			clocks(admin, id, c -> c.get("clocks").size() == 2);
			admin.post("/api/v1/tickets/" + id + "/assign", Map.of("team", hqL1, "tier", "L1", "version", version(admin, id)));
			fire("sla-breach", id, "RESOLUTION");
			JsonNode note = waitForNote(admin, id, "解决时限已超时");
			// Other tests may have opened a region manager account for this region: either outcome is named.
			assertThat(note.get("text").asString()).contains("总部一线").containsAnyOf("没有区域经理", "已通知区域经理");
			await().pollDelay(3, TimeUnit.SECONDS).atMost(10, TimeUnit.SECONDS).until(() -> true);
			assertThat(admin.get("/api/v1/tickets/" + id).json().get("assignment").get("tier").asString()).isEqualTo("L1");
		}
		finally {
			admin.delete("/api/v1/config/sla.breach-actions?scope=region:" + north);
		}
	}

	@Test
	void breachActionsAreCheckedAsASetting() {
		ApiCaller.Reply refused = ApiCaller.as(port, "admin").put("/api/v1/config/sla.breach-actions?scope=hq",
				Map.of("value", Map.of("noteOnWarning", true, "noteOnBreach", true,
						"escalateOnBreach", true, "tellRegionManager", true, "escalateOnBreech", true)));
		assertThat(refused.status()).as(refused.body()).isIn(400, 422);
		assertThat(refused.body()).contains("escalateOnBreech");
	}

	/** Brings a clock's timer forward instead of waiting business hours. */
	private void fire(String task, long ticket, String kind) {
		long clock = jdbc.sql("select id from sla.clock where ticket_id = ? and kind = ?").params(ticket, kind)
				.query(Long.class).single();
		await().atMost(10, TimeUnit.SECONDS).until(() -> jdbc.sql(
				"update sla.scheduled_tasks set execution_time = now() where task_name = ? and task_instance like ?")
				.params(task, clock + "-%").update() > 0);
	}

	private static JsonNode waitForNote(ApiCaller caller, long ticket, String text) {
		JsonNode[] found = new JsonNode[1];
		await().atMost(15, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(200)).until(() -> {
			found[0] = caller.get("/api/v1/tickets/" + ticket).json().get("timeline").valueStream()
					.filter(e -> e.get("text") != null && e.get("text").asString("").contains(text)).findFirst().orElse(null);
			return found[0] != null;
		});
		return found[0];
	}

	private static long notes(ApiCaller caller, long ticket, String text) {
		return caller.get("/api/v1/tickets/" + ticket).json().get("timeline").valueStream()
				.filter(e -> e.get("text") != null && e.get("text").asString("").contains(text)).count();
	}
}
