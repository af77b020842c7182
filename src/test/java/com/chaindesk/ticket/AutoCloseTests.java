package com.chaindesk.ticket;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.chaindesk.ApiCaller;
import com.chaindesk.ChainDeskTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static com.chaindesk.ticket.TicketFixtures.FIRST_STORE;
import static com.chaindesk.ticket.TicketFixtures.OTHER_STORE;
import static com.chaindesk.ticket.TicketFixtures.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A resolved ticket the store leaves alone closes itself after the region's days; the store may confirm or reopen first. */
@ChainDeskTest
class AutoCloseTests {

	@LocalServerPort
	int port;

	@Autowired
	ResolvedTicketsAutoClose autoClose;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TicketEventsHeard heard;

	ApiCaller admin;
	ApiCaller agent1;
	ApiCaller staff1;
	long firstStore;

	@BeforeEach
	void setUp() {
		admin = ApiCaller.as(port, "admin");
		agent1 = ApiCaller.as(port, "agent1");
		staff1 = ApiCaller.as(port, "staff1");
		firstStore = TicketFixtures.storeId(admin, FIRST_STORE);
	}

	private long resolved(ApiCaller store, long storeId) {
		long id = open(store, storeId).get("id").asLong();
		assertThat(agent1.post("/api/v1/tickets/" + id + "/assign", Map.of("agent", "agent1", "version", 0)).status()).isEqualTo(200);
		for (String to : new String[] { "IN_PROGRESS", "RESOLVED" }) {
			assertThat(agent1.post("/api/v1/tickets/" + id + "/transitions", Map.of("to", to)).status()).isEqualTo(200);
		}
		return id;
	}

	private void resolvedDaysAgo(long id, int days) {
		jdbc.sql("update ticket.ticket set resolved_at = ? where id = ?")
				.params(Timestamp.from(Instant.now().minus(Duration.ofDays(days)).minusSeconds(60)), id).update();
	}

	private String status(long id) {
		return admin.get("/api/v1/tickets/" + id).json().get("status").asString();
	}

	@Test
	void aResolvedTicketTheStoreLeftAloneClosesAfterSevenDaysAndSaysWhy() {
		long old = resolved(staff1, firstStore);
		long recent = resolved(staff1, firstStore);
		resolvedDaysAgo(old, 7);
		resolvedDaysAgo(recent, 6);

		autoClose.closeDue();

		assertThat(status(recent)).isEqualTo("RESOLVED");
		JsonNode closed = staff1.get("/api/v1/tickets/" + old).json();
		assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
		JsonNode last = closed.get("timeline").get(closed.get("timeline").size() - 1);
		assertThat(last.get("author").asString()).isEqualTo("system");
		assertThat(last.get("from").asString()).isEqualTo("RESOLVED");
		assertThat(last.get("to").asString()).isEqualTo("CLOSED");
		assertThat(last.get("note").asString()).isEqualTo("ticket.timeline.auto-closed");
		assertThat(last.get("text").asString()).isEqualTo("已解决 7 天，门店未确认也未重新打开，系统自动关闭。");
		JsonNode trail = admin.get("/api/v1/audit?targetType=ticket&action=ticket.auto-closed&targetId=" + old).json();
		assertThat(trail.get("content").size()).isEqualTo(1);
		assertThat(trail.get("content").get(0).get("actor").asString()).isEqualTo("system");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(heard.heard())
				.anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(TicketStatusChanged.class, c -> {
					assertThat(c.ticketId()).isEqualTo(old);
					assertThat(c.to()).isEqualTo(TicketStatus.CLOSED);
					assertThat(c.by()).isEqualTo("system");
				})));

		autoClose.closeDue();
		assertThat(admin.get("/api/v1/audit?targetType=ticket&action=ticket.auto-closed&targetId=" + old).json()
				.get("content").size()).as("closed once, not again").isEqualTo(1);
	}

	@Test
	void theStoreConfirmsTheFixOrSaysItIsNotFixedAndAReopenedTicketIsNotClosed() {
		long confirmed = resolved(staff1, firstStore);
		ApiCaller.Reply confirm = staff1.post("/api/v1/tickets/" + confirmed + "/transitions", Map.of("to", "CLOSED"));
		assertThat(confirm.status()).isEqualTo(200);
		assertThat(confirm.json().get("status").asString()).isEqualTo("CLOSED");

		long notFixed = resolved(staff1, firstStore);
		assertThat(staff1.get("/api/v1/tickets/" + notFixed).json().get("allowed").valueStream().map(JsonNode::asString))
				.containsExactlyInAnyOrder("CLOSED", "REOPENED");
		ApiCaller.Reply reopen = staff1.post("/api/v1/tickets/" + notFixed + "/transitions",
				Map.of("to", "REOPENED", "comment", "还是打印不出来"));
		assertThat(reopen.status()).isEqualTo(200);
		assertThat(reopen.json().get("status").asString()).isEqualTo("REOPENED");
		assertThat(jdbc.sql("select resolved_at from ticket.ticket where id = ?").param(notFixed).query(Timestamp.class)
				.optional()).isEmpty();
		jdbc.sql("update ticket.ticket set updated_at = updated_at - interval '30 days' where id = ?").param(notFixed).update();
		autoClose.closeDue();
		assertThat(status(notFixed)).isEqualTo("REOPENED");
		// The store cannot close an open ticket itself, nor reopen one that is not resolved.
		assertThat(staff1.post("/api/v1/tickets/" + notFixed + "/transitions", Map.of("to", "CLOSED")).status()).isIn(403, 409);
	}

	@Test
	void aRegionSetsItsOwnNumberOfDays() {
		long otherStore = TicketFixtures.storeId(admin, OTHER_STORE);
		long south = admin.get("/api/v1/org/stores?q=" + OTHER_STORE).json().get("content").get(0).get("regionId").asLong();
		ApiCaller manager2 = ApiCaller.as(port, "manager2");
		long southTicket = resolved(manager2, otherStore);
		long eastTicket = resolved(staff1, firstStore);
		resolvedDaysAgo(southTicket, 3);
		resolvedDaysAgo(eastTicket, 3);
		ApiCaller.Reply set = admin.put("/api/v1/config/ticket.auto-close-days?scope=region:" + south, Map.of("value", 2));
		assertThat(set.status()).as(set.body()).isEqualTo(200);
		try {
			autoClose.closeDue();
			assertThat(status(southTicket)).isEqualTo("CLOSED");
			assertThat(status(eastTicket)).isEqualTo("RESOLVED");
			assertThat(manager2.get("/api/v1/tickets/" + southTicket).json().toString()).contains("已解决 2 天");
		}
		finally {
			admin.delete("/api/v1/config/ticket.auto-close-days?scope=region:" + south);
		}
		assertThat(admin.put("/api/v1/config/ticket.auto-close-days?scope=hq", Map.of("value", 0)).status()).isEqualTo(422);
	}
}
