package com.chaindesk.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.chaindesk.ApiCaller;
import com.chaindesk.ChainDeskTest;
import com.chaindesk.sla.BusinessCalendar;
import com.chaindesk.sla.BusinessCalendars;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's ninety days of tickets: written through the services in the background after the first start, with
 * the shape a chain would recognise, and SLA clocks that settled at the tickets' own moments without a single alarm
 * going off now for tickets long solved.
 */
@ChainDeskTest
@TestPropertySource(properties = "chaindesk.demo.history.enabled=true")
@DirtiesContext // its own context with two thousand tickets: closed once these tests are done
class DemoHistoryTests {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BusinessCalendars calendars;

	@BeforeEach
	void historyWrittenAndHeard() {
		long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
		while (System.nanoTime() < deadline) {
			boolean finished = jdbc.sql("select finished_at is not null from demo.history").query(Boolean.class).optional().orElse(false);
			// Written, every listener done, and every timer that was due by now has fired (db-scheduler works off the
			// timers of the history's clocks at its own pace; those of solved tickets must do nothing).
			if (finished && jdbc.sql("select count(*) from event_publication where completion_date is null")
					.query(Integer.class).single() == 0 && jdbc.sql("select count(*) from sla.scheduled_tasks where execution_time < now()")
							.query(Integer.class).single() == 0) {
				return;
			}
			sleep();
		}
		throw new AssertionError("the demo history was not written and heard within 240 s");
	}

	private Instant endsAt() {
		return jdbc.sql("select ends_at from demo.history").query(java.sql.Timestamp.class).single().toInstant();
	}

	/** History tickets: opened before the history's end (tests open their own tickets later). */
	private static final String HISTORY = " t.created_at < (select ends_at from demo.history) ";

	@Test
	void aboutTwoThousandTicketsOverNinetyDaysAcrossStoresCategoriesTiersAndVendors() {
		Instant endsAt = endsAt();
		Map<String, Object> all = jdbc.sql("select count(*) n, count(distinct store_id) stores, min(created_at) first, "
				+ "count(distinct split_part(category, '-', 1)) families, count(distinct tier) tiers, count(distinct vendor_id) vendors, "
				+ "count(distinct type) types, count(distinct priority) priorities from ticket.ticket t where" + HISTORY).query().singleRow();
		assertThat(((Number) all.get("n")).intValue()).isBetween(1800, 2300);
		assertThat(((Number) all.get("stores")).intValue()).isEqualTo(48);
		assertThat(((Number) all.get("families")).intValue()).isEqualTo(8);
		assertThat(((Number) all.get("tiers")).intValue()).isEqualTo(3);
		assertThat(((Number) all.get("vendors")).intValue()).as("SUNPOS, NETLINK, BRIGHTTAG").isGreaterThanOrEqualTo(2);
		assertThat(((Number) all.get("types")).intValue()).isEqualTo(4);
		assertThat(((Number) all.get("priorities")).intValue()).isGreaterThanOrEqualTo(3);
		Instant first = ((java.sql.Timestamp) all.get("first")).toInstant();
		assertThat(Duration.between(first, endsAt).toDays()).isBetween(85L, 90L);
		assertThat(jdbc.sql("select count(*) from ticket.ticket t where" + HISTORY + "and created_at > now()").query(Integer.class)
				.single()).as("nothing in the future").isZero();
	}

	@Test
	void posTroublePeaksAtWeekendsAndNetworkTroubleComesInRegionalBursts() {
		Map<DayOfWeek, Integer> pos = new HashMap<>();
		List<Instant> posOpened = jdbc.sql("select created_at from ticket.ticket t where" + HISTORY + "and category like 'pos-%'")
				.query(java.sql.Timestamp.class).list().stream().map(java.sql.Timestamp::toInstant).toList();
		posOpened.forEach(at -> pos.merge(at.atZone(CHINA).getDayOfWeek(), 1, Integer::sum));
		double weekend = (pos.getOrDefault(DayOfWeek.SATURDAY, 0) + pos.getOrDefault(DayOfWeek.SUNDAY, 0)) / 2.0;
		double weekday = (pos.getOrDefault(DayOfWeek.MONDAY, 0) + pos.getOrDefault(DayOfWeek.TUESDAY, 0)
				+ pos.getOrDefault(DayOfWeek.WEDNESDAY, 0) + pos.getOrDefault(DayOfWeek.THURSDAY, 0)
				+ pos.getOrDefault(DayOfWeek.FRIDAY, 0)) / 5.0;
		assertThat(weekend).as("POS tickets per weekend day vs per weekday: " + pos).isGreaterThan(1.6 * weekday);

		// Network: per region and day; the worst day of SOUTH is an outage, an ordinary region-day has one ticket at most.
		List<Map<String, Object>> days = jdbc.sql("""
				select r.code region, (t.created_at at time zone 'Asia/Shanghai')::date as day, count(*) n
				from ticket.ticket t join org.region r on r.id = t.region_id
				where""" + HISTORY + """
				and t.category like 'network-%' group by 1, 2 order by n desc""").query().listOfRows();
		Map<String, Object> worst = days.get(0);
		assertThat(((Number) worst.get("n")).intValue()).as("the worst region-day").isGreaterThanOrEqualTo(5);
		long southOutage = days.stream().filter(d -> d.get("region").equals("SOUTH") && ((Number) d.get("n")).intValue() >= 5).count();
		assertThat(southOutage).as("an outage day in SOUTH").isGreaterThanOrEqualTo(1);
		long quiet = days.stream().filter(d -> ((Number) d.get("n")).intValue() <= 2).count();
		assertThat(quiet).as("most region-days with network trouble see one or two tickets").isGreaterThan(days.size() * 8L / 10);
		int outageTickets = jdbc.sql("select count(*) from ticket.ticket t where" + HISTORY + "and category = 'network-down'")
				.query(Integer.class).single();
		assertThat(outageTickets).isGreaterThanOrEqualTo(15);

		// Printers fail at a steady pace: every full week has some, none has a flood.
		List<Integer> weeks = jdbc.sql("""
				select count(*) from ticket.ticket t where""" + HISTORY + """
				and category like 'printer-%' and created_at > (select ends_at from demo.history) - interval '84 days'
				group by floor(extract(epoch from (select ends_at from demo.history) - created_at) / 604800)""")
				.query(Integer.class).list();
		assertThat(weeks).hasSize(12).allSatisfy(n -> assertThat(n).isBetween(12, 40));
	}

	@Test
	void mostAreResolvedAndRatedAndOnlyTheLastDaysAreStillOpen() {
		Map<String, Object> shares = jdbc.sql("""
				select count(*) n,
				       count(*) filter (where status in ('RESOLVED', 'CLOSED')) solved,
				       count(*) filter (where status = 'CLOSED') closed,
				       count(rating_score) rated,
				       count(*) filter (where rating_score >= 4) happy,
				       count(*) filter (where rating_score <= 2) unhappy,
				       count(*) filter (where rating_score <= 2 and rating_comment is not null) unhappy_saying_why
				from ticket.ticket t where""" + HISTORY).query().singleRow();
		int n = number(shares, "n");
		assertThat(number(shares, "solved")).isGreaterThan(n * 93 / 100);
		assertThat(number(shares, "closed")).isGreaterThan(n * 85 / 100);
		int rated = number(shares, "rated");
		assertThat(rated).isBetween(n * 65 / 100, n * 85 / 100);
		assertThat(number(shares, "happy")).isGreaterThan(rated * 75 / 100);
		assertThat(number(shares, "unhappy")).isBetween(rated * 2 / 100, rated * 12 / 100);
		assertThat(number(shares, "unhappy_saying_why")).isEqualTo(number(shares, "unhappy"));

		List<Map<String, Object>> open = jdbc.sql("select status, created_at from ticket.ticket t where" + HISTORY
				+ "and status not in ('RESOLVED', 'CLOSED')").query().listOfRows();
		assertThat(open).isNotEmpty();
		assertThat(open.stream().map(r -> r.get("status")).distinct().count()).as("open in various states").isGreaterThanOrEqualTo(3);
		Instant endsAt = endsAt();
		assertThat(open).allSatisfy(r -> {
			Instant created = ((java.sql.Timestamp) r.get("created_at")).toInstant();
			boolean waiting = r.get("status").toString().startsWith("WAITING");
			assertThat(waiting || created.isAfter(endsAt.minus(Duration.ofDays(14)))).as("open since " + created).isTrue();
		});
	}

	@Test
	void slaClocksSettledAtTheTicketsOwnMomentsAndNoAlarmWentOffForSolvedTickets() {
		Map<String, Object> resolution = jdbc.sql("""
				select count(*) n, count(*) filter (where c.state = 'BREACHED') breached,
				       count(*) filter (where c.state in ('RUNNING', 'PAUSED')) open
				from ticket.ticket t join sla.clock c on c.ticket_id = t.id and c.kind = 'RESOLUTION'
				where""" + HISTORY + "and t.status = 'CLOSED'").query().singleRow();
		int closed = number(resolution, "n");
		assertThat(closed).isEqualTo(jdbc.sql("select count(*) from ticket.ticket t where" + HISTORY + "and status = 'CLOSED'")
				.query(Integer.class).single());
		assertThat(number(resolution, "open")).isZero();
		assertThat(number(resolution, "breached")).as("a realistic share of breaches").isBetween(closed * 3 / 100, closed * 35 / 100);

		assertThat(jdbc.sql("""
				select count(*) from audit.entry a join ticket.ticket t on a.target_type = 'ticket' and a.target_id = t.id::text
				where""" + HISTORY + "and t.status = 'CLOSED' and a.action in ('sla.clock.warned', 'sla.clock.breached')")
				.query(Integer.class).single()).as("alarms raised now for tickets solved long ago").isZero();
		assertThat(jdbc.sql("select count(*) from dispatch.holding h join ticket.ticket t on t.id = h.ticket_id "
				+ "where t.status in ('RESOLVED', 'CLOSED')").query(Integer.class).single()).as("load of solved tickets").isZero();

		// A sample of closed tickets, read as an agent would: clocks started when the ticket was opened, due by the
		// store's business calendar from that moment, and met exactly when the fix came in time.
		ApiCaller agent = ApiCaller.as(port, "agent1");
		List<Long> sample = jdbc.sql("select id from ticket.ticket t where" + HISTORY + "and status = 'CLOSED' order by id")
				.query(Long.class).list().stream().filter(id -> id % 37 == 0).toList();
		assertThat(sample).hasSizeGreaterThan(30);
		int breached = 0;
		for (long id : sample) {
			JsonNode ticket = agent.get("/api/v1/tickets/" + id).json();
			Instant opened = Instant.parse(ticket.get("createdAt").asString());
			Instant resolved = null;
			for (JsonNode entry : ticket.get("timeline")) {
				if ("RESOLVED".equals(entry.path("to").asString(null))) {
					resolved = Instant.parse(entry.get("at").asString());
				}
			}
			assertThat(resolved).as("ticket " + id + " resolved on its timeline").isNotNull();
			JsonNode clocks = agent.get("/api/v1/sla/tickets/" + id).json().get("clocks");
			for (JsonNode clock : clocks) {
				if (clock.get("kind").asString().startsWith("VENDOR_")) {
					// A vendor's contract clocks start when the ticket is handed over; on a closed ticket they are over.
					assertThat(clock.get("state").asString()).as(clock.get("kind") + " clock of closed " + id).isIn("MET", "BREACHED");
					continue;
				}
				assertThat(Instant.parse(clock.get("startedAt").asString())).as("clock of " + id + " started when it opened").isEqualTo(opened);
				BusinessCalendar calendar = clock.get("alwaysOn").asBoolean() ? calendars.alwaysOn(ticket.get("store").asLong())
						: calendars.forStore(ticket.get("store").asLong());
				Instant due = calendar.addBusinessTime(opened, Duration.ofMinutes(clock.get("targetMinutes").asInt()));
				assertThat(Instant.parse(clock.get("dueAt").asString())).as("due of " + id).isEqualTo(due);
				if (clock.get("kind").asString().equals("RESOLUTION")) {
					String expected = resolved.isAfter(due) ? "BREACHED" : "MET";
					assertThat(clock.get("state").asString()).as("resolution clock of " + id + " resolved " + resolved + ", due " + due)
							.isEqualTo(expected);
					breached += expected.equals("BREACHED") ? 1 : 0;
				}
			}
		}
		assertThat(breached).as("the sample holds breaches too").isPositive();
	}

	private static int number(Map<String, Object> row, String column) {
		return ((Number) row.get(column)).intValue();
	}

	private static void sleep() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
