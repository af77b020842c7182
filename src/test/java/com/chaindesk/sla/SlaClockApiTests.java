package com.chaindesk.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import com.chaindesk.ApiCaller;
import com.chaindesk.ChainDeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ChainDeskTest
class SlaClockApiTests {

	static final String STORE = "SH-XH-01";

	@LocalServerPort
	int port;

	@Autowired
	BusinessCalendars calendars;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SlaEventsHeard events;

	@Test
	void aP3TicketIsDueAfterBusinessHoursOnTheStoresCalendar() {
		ApiCaller staff = ApiCaller.as(port, "staff1");
		long store = storeId();
		JsonNode ticket = open(staff, store, "MEDIUM", "MEDIUM");
		assertThat(ticket.get("priority").asString()).isEqualTo("P3");
		JsonNode sla = clocks(staff, ticket.get("id").asLong(), c -> c.get("clocks").size() == 2);

		BusinessCalendar calendar = calendars.forStore(store);
		JsonNode response = clock(sla, "RESPONSE");
		JsonNode resolution = clock(sla, "RESOLUTION");
		Instant started = Instant.parse(response.get("startedAt").asString());
		assertThat(Duration.between(Instant.parse(ticket.get("createdAt").asString()), started).abs()).isLessThan(Duration.ofSeconds(1));
		Instant responseDue = Instant.parse(response.get("dueAt").asString());
		assertThat(responseDue).isEqualTo(calendar.addBusinessTime(started, Duration.ofHours(2)));
		assertThat(Instant.parse(resolution.get("dueAt").asString())).isEqualTo(calendar.addBusinessTime(started, Duration.ofHours(16)));
		assertThat(sla.get("zone").asString()).isEqualTo("Asia/Shanghai");
		assertThat(LocalDateTime.parse(response.get("dueAtLocal").asString()))
				.isEqualTo(LocalDateTime.ofInstant(responseDue, ZoneId.of("Asia/Shanghai")));
		assertThat(response.get("state").asString()).isEqualTo("RUNNING");
		assertThat(response.get("remainingMinutes").asLong()).isBetween(0L, 120L);

		JsonNode json = staff.get("/api/v1/tickets/" + ticket.get("id").asLong()).json().get("sla");
		assertThat(Instant.parse(json.get("responseDueAt").asString())).isEqualTo(responseDue);
		assertThat(json.get("state").asString()).isEqualTo("RUNNING");
	}

	@Test
	void waitingOnTheStorePausesAndResumingMovesTheDueTimeByThePausedBusinessTime() throws InterruptedException {
		ApiCaller staff = ApiCaller.as(port, "staff1");
		ApiCaller agent = ApiCaller.as(port, "agent1");
		long store = storeId();
		long id = open(staff, store, "MEDIUM", "MEDIUM").get("id").asLong();
		Instant dueBefore = Instant.parse(clock(clocks(staff, id, c -> c.get("clocks").size() == 2), "RESOLUTION").get("dueAt").asString());

		assertThat(agent.post("/api/v1/tickets/" + id + "/assign", Map.of("agent", "agent1", "version", 0)).status()).isEqualTo(200);
		assertThat(agent.post("/api/v1/tickets/" + id + "/transitions", Map.of("to", "IN_PROGRESS")).status()).isEqualTo(200);
		assertThat(agent.post("/api/v1/tickets/" + id + "/transitions", Map.of("to", "WAITING_ON_STORE", "comment", "请重启后告知")).status()).isEqualTo(200);
		JsonNode paused = clock(clocks(staff, id, c -> clock(c, "RESOLUTION").get("state").asString().equals("PAUSED")), "RESOLUTION");
		Instant pausedAt = Instant.parse(paused.get("pausedAt").asString());
		assertThat(clock(clocks(staff, id, c -> true), "RESPONSE").get("state").asString()).isEqualTo("MET");
		Thread.sleep(3000);

		JsonNode resumedTicket = staff.post("/api/v1/tickets/" + id + "/transitions", Map.of("to", "IN_PROGRESS", "comment", "重启了")).json();
		Instant resumedAt = Instant.parse(resumedTicket.get("updatedAt").asString());
		JsonNode resumed = clock(clocks(staff, id, c -> clock(c, "RESOLUTION").get("state").asString().equals("RUNNING")), "RESOLUTION");
		Instant dueAfter = Instant.parse(resumed.get("dueAt").asString());

		BusinessCalendar calendar = calendars.forStore(store);
		Duration pausedBusinessTime = calendar.businessTimeBetween(pausedAt, resumedAt);
		Duration moved = calendar.businessTimeBetween(dueBefore, dueAfter);
		assertThat(moved.minus(pausedBusinessTime).abs()).isLessThan(Duration.ofSeconds(1));
		if (calendar.isBusinessTime(pausedAt) && calendar.isBusinessTime(resumedAt)) {
			assertThat(dueAfter).isAfter(dueBefore.plusSeconds(2));
		}
	}

	@Test
	void aP1TicketRunsAroundTheClock() {
		ApiCaller staff = ApiCaller.as(port, "staff1");
		JsonNode ticket = open(staff, storeId(), "HIGH", "HIGH");
		assertThat(ticket.get("priority").asString()).isEqualTo("P1");
		JsonNode sla = clocks(staff, ticket.get("id").asLong(), c -> c.get("clocks").size() == 2);
		JsonNode response = clock(sla, "RESPONSE");
		Instant started = Instant.parse(response.get("startedAt").asString());
		assertThat(response.get("alwaysOn").asBoolean()).isTrue();
		assertThat(Instant.parse(response.get("dueAt").asString())).isEqualTo(started.plus(Duration.ofMinutes(15)));
		assertThat(Instant.parse(clock(sla, "RESOLUTION").get("dueAt").asString())).isEqualTo(started.plus(Duration.ofHours(4)));
	}

	@Test
	void resolvingStopsBothClocks() {
		ApiCaller staff = ApiCaller.as(port, "staff1");
		ApiCaller agent = ApiCaller.as(port, "agent1");
		long id = open(staff, storeId(), "MEDIUM", "MEDIUM").get("id").asLong();
		clocks(staff, id, c -> c.get("clocks").size() == 2);
		agent.post("/api/v1/tickets/" + id + "/assign", Map.of("agent", "agent1", "version", 0));
		agent.post("/api/v1/tickets/" + id + "/transitions", Map.of("to", "IN_PROGRESS"));
		assertThat(agent.post("/api/v1/tickets/" + id + "/transitions", Map.of("to", "RESOLVED", "comment", "已换纸")).status()).isEqualTo(200);
		JsonNode sla = clocks(staff, id, c -> clock(c, "RESOLUTION").get("state").asString().equals("MET"));
		assertThat(clock(sla, "RESPONSE").get("state").asString()).isEqualTo("MET");
		assertThat(clock(sla, "RESOLUTION").get("remainingMinutes").isNull()).isTrue();
		assertThat(staff.get("/api/v1/tickets/" + id).json().get("sla").get("state").asString()).isEqualTo("MET");
	}

	@Test
	void aMoveThatOvertakesTheOpeningStartsTheClocksFromTheTicket() {
		ApiCaller staff = ApiCaller.as(port, "staff1");
		ApiCaller agent = ApiCaller.as(port, "agent1");
		long id = open(staff, storeId(), "MEDIUM", "MEDIUM").get("id").asLong();
		Instant due = Instant.parse(clock(clocks(staff, id, c -> c.get("clocks").size() == 2), "RESOLUTION").get("dueAt").asString());
		// As if TicketOpened had not been handled yet when the ticket was taken.
		jdbc.sql("delete from sla.clock where ticket_id = ?").param(id).update();

		assertThat(agent.post("/api/v1/tickets/" + id + "/assign", Map.of("agent", "agent1", "version", 0)).status()).isEqualTo(200);
		JsonNode sla = clocks(staff, id, c -> clock(c, "RESPONSE").get("state").asString().equals("MET"));
		assertThat(Instant.parse(clock(sla, "RESOLUTION").get("dueAt").asString())).isEqualTo(due);
		assertThat(clock(sla, "RESOLUTION").get("state").asString()).isEqualTo("RUNNING");
	}

	@Test
	void aDueTimerWarnsAndBreachesExactlyOnce() {
		ApiCaller staff = ApiCaller.as(port, "staff1");
		long id = open(staff, storeId(), "MEDIUM", "MEDIUM").get("id").asLong();
		clocks(staff, id, c -> c.get("clocks").size() == 2);
		long clockId = jdbc.sql("select id from sla.clock where ticket_id = ? and kind = 'RESPONSE'").param(id).query(Long.class).single();

		// Bring the clock's timers forward instead of waiting two business hours.
		assertThat(jdbc.sql("update sla.scheduled_tasks set execution_time = now() where task_name = 'sla-warning' and task_instance = ?")
				.param(clockId + "-1").update()).isEqualTo(1);
		await().atMost(10, TimeUnit.SECONDS).until(() -> heard(SlaWarning.class, id) == 1);
		assertThat(jdbc.sql("update sla.scheduled_tasks set execution_time = now() where task_name = 'sla-breach' and task_instance = ?")
				.param(clockId + "-1").update()).isEqualTo(1);
		await().atMost(10, TimeUnit.SECONDS).until(() -> heard(SlaBreached.class, id) == 1);

		JsonNode sla = clocks(staff, id, c -> clock(c, "RESPONSE").get("state").asString().equals("BREACHED"));
		assertThat(clock(sla, "RESPONSE").get("warned").asBoolean()).isTrue();
		assertThat(clock(sla, "RESOLUTION").get("state").asString()).isEqualTo("RUNNING");
		assertThat(staff.get("/api/v1/tickets/" + id).json().get("sla").get("state").asString()).isEqualTo("BREACHED");

		// A timer delivered again (a crash after the mark, a second instance) finds nothing to mark.
		jdbc.sql("insert into sla.scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, version) "
				+ "select task_name, task_instance || '-again', task_data, now(), false, 1 from sla.scheduled_tasks "
				+ "where task_name = 'sla-breach' and task_instance = ?").param(clockId + "-1").update();
		await().pollDelay(3, TimeUnit.SECONDS).atMost(10, TimeUnit.SECONDS).until(() -> true);
		assertThat(heard(SlaBreached.class, id)).isEqualTo(1);
		assertThat(heard(SlaWarning.class, id)).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit.entry where action = 'sla.clock.breached' and target_id = ?")
				.param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void warningsDueTogetherRingOnceEachAndOneThatFailsNeitherHoldsUpTheOthersNorIsLost() {
		ApiCaller staff = ApiCaller.as(port, "staff1");
		long store = storeId();
		List<Long> ids = IntStream.range(0, 8).mapToObj(i -> open(staff, store, "MEDIUM", "MEDIUM").get("id").asLong()).toList();
		ids.forEach(id -> clocks(staff, id, c -> c.get("clocks").size() == 2));
		long failing = ids.get(3);
		// One ticket whose warning note cannot be written (a full disk, a broken trigger): its warning fails in
		// whatever batch it rings with the others.
		jdbc.sql("""
				create or replace function pg_temp_note_refused() returns trigger language plpgsql as $$
				begin
				  if new.ticket_id = %d and new.text like '%%75%%' then raise exception 'note refused for the test'; end if;
				  return new;
				end $$""".formatted(failing)).update();
		jdbc.sql("create trigger note_refused before insert on ticket.timeline_entry for each row execute function pg_temp_note_refused()")
				.update();
		try {
			int due = jdbc.sql("""
					update sla.scheduled_tasks st set execution_time = now()
					  from sla.clock c
					 where st.task_name = 'sla-warning' and st.task_instance like c.id || '-%'
					   and c.kind = 'RESPONSE' and c.ticket_id = any(?)""").param(ids.toArray(Long[]::new)).update();
			assertThat(due).isEqualTo(8);
			await().atMost(20, TimeUnit.SECONDS).until(() -> ids.stream().filter(id -> id != failing)
					.allMatch(id -> heard(SlaWarning.class, id) == 1));
			assertThat(warnedClocks(failing)).isZero();
			assertThat(audited("sla.clock.warned", failing)).isZero();
		}
		finally {
			jdbc.sql("drop trigger note_refused on ticket.timeline_entry").update();
			jdbc.sql("drop function pg_temp_note_refused()").update();
		}
		// Its execution failed and runs again within seconds, now that the note can be written.
		await().atMost(20, TimeUnit.SECONDS).until(() -> heard(SlaWarning.class, failing) == 1);
		ApiCaller admin = ApiCaller.as(port, "admin");
		for (long id : ids) {
			assertThat(warnedClocks(id)).as("ticket %d", id).isEqualTo(1);
			assertThat(audited("sla.clock.warned", id)).as("ticket %d", id).isEqualTo(1);
			// The note is internal: the desk sees it, the store does not.
			assertThat(admin.get("/api/v1/tickets/" + id).json().get("timeline").valueStream()
					.filter(e -> e.get("text") != null && e.get("text").asString("").contains("75%")).count())
					.as("warning notes on ticket %d", id).isEqualTo(1);
		}
	}

	private long warnedClocks(long ticket) {
		return jdbc.sql("select count(*) from sla.clock where ticket_id = ? and warned").param(ticket).query(Long.class).single();
	}

	private long audited(String action, long ticket) {
		return jdbc.sql("select count(*) from audit.entry where action = ? and target_id = ?")
				.params(action, String.valueOf(ticket)).query(Long.class).single();
	}

	private long heard(Class<?> type, long ticket) {
		return events.heard().stream().filter(type::isInstance).filter(e -> switch (e) {
			case SlaWarning w -> w.ticketId() == ticket;
			case SlaBreached b -> b.ticketId() == ticket;
			default -> false;
		}).count();
	}

	private long storeId() {
		JsonNode content = ApiCaller.as(port, "admin").get("/api/v1/org/stores?q=" + STORE).json().get("content");
		return content.valueStream().filter(s -> s.get("code").asString().equals(STORE)).findFirst().orElseThrow()
				.get("id").asLong();
	}

	private static JsonNode open(ApiCaller caller, long store, String impact, String urgency) {
		Map<String, Object> body = new HashMap<>();
		body.put("type", "INCIDENT");
		body.put("store", store);
		body.put("category", "printer-receipt");
		body.put("subject", "小票打印机不出纸");
		body.put("description", "2号收银台的小票打印机亮红灯。");
		body.put("impact", impact);
		body.put("urgency", urgency);
		ApiCaller.Reply reply = caller.post("/api/v1/tickets", body);
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return reply.json();
	}

	/** The ticket's clocks once the asynchronous listeners have caught up with what the test did. */
	private static JsonNode clocks(ApiCaller caller, long ticket, Predicate<JsonNode> ready) {
		JsonNode[] last = new JsonNode[1];
		await().atMost(10, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(100)).until(() -> {
			ApiCaller.Reply reply = caller.get("/api/v1/sla/tickets/" + ticket);
			last[0] = reply.status() == 200 ? reply.json() : null;
			return last[0] != null && last[0].get("clocks").size() == 2 && ready.test(last[0]);
		});
		return last[0];
	}

	private static JsonNode clock(JsonNode sla, String kind) {
		return sla.get("clocks").valueStream().filter(c -> c.get("kind").asString().equals(kind)).findFirst().orElseThrow();
	}
}
