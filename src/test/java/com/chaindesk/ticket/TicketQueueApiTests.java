package com.chaindesk.ticket;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.chaindesk.ApiCaller;
import com.chaindesk.ChainDeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The desk's queues over the API: SLA marks on every row, breaching soon, queues, and a fixed statement count. */
@ChainDeskTest
class TicketQueueApiTests {

	@LocalServerPort
	int port;

	@Autowired
	TicketSlaMarks marks;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void summariesCarryTheSlaTheClocksMarkedOnTheTicket() {
		ApiCaller admin = ApiCaller.as(port, "admin");
		long store = TicketFixtures.storeId(admin, "BJ-CY-02");
		long id = open(admin, store, "HIGH", "HIGH").get("id").asLong();
		JsonNode sla = awaitSla(admin, id);
		assertThat(sla.get("state").asString()).isEqualTo("RUNNING");
		Instant response = Instant.parse(sla.get("responseDueAt").asString());
		Instant resolution = Instant.parse(sla.get("resolutionDueAt").asString());
		// P1 runs around the clock: 15 minutes to respond, 4 hours to resolve.
		JsonNode ticket = admin.get("/api/v1/tickets/" + id).json();
		Instant opened = Instant.parse(ticket.get("createdAt").asString());
		assertThat(Duration.between(opened, response).toMinutes()).isEqualTo(15);
		assertThat(Duration.between(opened, resolution).toMinutes()).isEqualTo(240);
		assertThat(ticket.get("sla").get("responseDueAt").asString()).isEqualTo(sla.get("responseDueAt").asString());
	}

	@Test
	void breachingSoonListsOpenTicketsDueWithinTheWindowBreachedFirstAndLeavesOutPausedAndFarOnes() {
		ApiCaller admin = ApiCaller.as(port, "admin");
		long store = TicketFixtures.storeId(admin, "BJ-CY-02");
		long urgent = open(admin, store, "HIGH", "HIGH").get("id").asLong();
		long later = open(admin, store, "HIGH", "HIGH").get("id").asLong();
		long far = open(admin, store, "LOW", "LOW").get("id").asLong();
		long paused = open(admin, store, "HIGH", "HIGH").get("id").asLong();
		long breached = open(admin, store, "HIGH", "HIGH").get("id").asLong();
		List.of(urgent, later, far, paused, breached).forEach(id -> awaitSla(admin, id));

		// The paused one: taken (response met) and waiting on the store (resolution paused): nothing counts.
		int version = admin.get("/api/v1/tickets/" + paused).json().get("version").asInt();
		assertThat(admin.post("/api/v1/tickets/" + paused + "/assign", Map.of("agent", "admin", "version", version)).status()).isEqualTo(200);
		admin.post("/api/v1/tickets/" + paused + "/transitions", Map.of("to", "IN_PROGRESS"));
		admin.post("/api/v1/tickets/" + paused + "/transitions", Map.of("to", "WAITING_ON_STORE"));
		await().atMost(10, TimeUnit.SECONDS).until(() -> "PAUSED".equals(awaitSla(admin, paused).get("state").asString()));

		// The breached one: its response clock breached two hours ago and nobody took it yet.
		transactions.executeWithoutResult(tx -> marks.mark(breached, new SlaMark(SlaMark.Clock.RESPONSE,
				Instant.now().minus(Duration.ofHours(2)), SlaMark.State.BREACHED, false)));

		JsonNode page = admin.get("/api/v1/tickets?store=" + store + "&breachingWithin=PT1H&size=100").json();
		List<Long> ids = page.get("content").valueStream().map(t -> t.get("id").asLong()).toList();
		assertThat(ids).contains(breached, urgent, later).doesNotContain(far, paused);
		assertThat(ids.indexOf(breached)).isLessThan(ids.indexOf(urgent));
		assertThat(ids.indexOf(urgent)).isLessThan(ids.indexOf(later));
		List<Instant> due = page.get("content").valueStream().map(t -> Instant.parse(t.get("sla").get("dueAt").asString())).toList();
		assertThat(due).isSorted();
		assertThat(page.get("content").valueStream().filter(t -> t.get("id").asLong() == breached).findFirst().orElseThrow()
				.get("sla").get("state").asString()).isEqualTo("BREACHED");

		// The same through the queue name.
		List<Long> queue = admin.get("/api/v1/tickets?store=" + store + "&queue=breaching&size=100").json().get("content")
				.valueStream().map(t -> t.get("id").asLong()).toList();
		assertThat(queue).contains(breached, urgent).doesNotContain(far, paused);
	}

	@Test
	void aBadDurationOrQueueIsRefusedNamingTheParameter() {
		ApiCaller admin = ApiCaller.as(port, "admin");
		ApiCaller.Reply reply = admin.get("/api/v1/tickets?breachingWithin=soon");
		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.body()).contains("breachingWithin");
		ApiCaller.Reply negative = admin.get("/api/v1/tickets?breachingWithin=-PT1H");
		assertThat(negative.status()).isEqualTo(422);
		assertThat(negative.body()).contains("breachingWithin");
		ApiCaller.Reply queue = admin.get("/api/v1/tickets?queue=everything");
		assertThat(queue.status()).isEqualTo(422);
		assertThat(queue.body()).contains("queue");
	}

	@Test
	void mineAndUnassignedFollowWhoHoldsTheTicket() {
		ApiCaller admin = ApiCaller.as(port, "admin");
		ApiCaller agent = ApiCaller.as(port, "agent1");
		long store = TicketFixtures.storeId(admin, "BJ-CY-02");
		long id = open(admin, store, "MEDIUM", "MEDIUM").get("id").asLong();
		assertThat(ids(agent, "/api/v1/tickets?queue=unassigned&store=" + store + "&size=100")).contains(id);
		assertThat(ids(agent, "/api/v1/tickets?queue=mine&size=100")).doesNotContain(id);
		int version = agent.get("/api/v1/tickets/" + id).json().get("version").asInt();
		assertThat(agent.post("/api/v1/tickets/" + id + "/assign", Map.of("agent", "agent1", "version", version)).status()).isEqualTo(200);
		assertThat(ids(agent, "/api/v1/tickets?queue=mine&size=100")).contains(id);
		assertThat(ids(agent, "/api/v1/tickets?assignee=me&size=100")).contains(id);
		assertThat(ids(agent, "/api/v1/tickets?queue=unassigned&store=" + store + "&size=100")).doesNotContain(id);
	}

	@Test
	void aPageOfFiveAndAPageOfFiftyRunTheSameNumberOfStatements() throws Exception {
		ApiCaller admin = ApiCaller.as(port, "admin");
		TicketFixtures.openSpread(admin, 50);
		String token = TicketFixtures.token(port, "admin");
		String path = "/api/v1/tickets?queue=all&page=0&size=";
		counted(token, path + "50", "warm-up");
		int five = counted(token, path + "5", "five");
		int fifty = counted(token, path + "50", "fifty");
		assertThat(fifty).as("statements for 50 rows (10 stores, 3 agents) and for 5 rows").isEqualTo(five);
		// count + page + stores + agent names: whatever the page size.
		assertThat(five).isBetween(3, 6);
		assertThat(counted(token, "/api/v1/tickets?breachingWithin=PT1H&size=5", "b5"))
				.isEqualTo(counted(token, "/api/v1/tickets?breachingWithin=PT1H&size=50", "b50"));
	}

	private int counted(String token, String path, String key) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization", "Bearer " + token).header(StatementCounter.HEADER, key).GET().build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return StatementCounter.count(key);
	}

	private static List<Long> ids(ApiCaller caller, String path) {
		return caller.get(path).json().get("content").valueStream().map(t -> t.get("id").asLong()).toList();
	}

	static JsonNode open(ApiCaller caller, long store, String impact, String urgency) {
		Map<String, Object> body = TicketFixtures.report(store);
		body.put("impact", impact);
		body.put("urgency", urgency);
		ApiCaller.Reply reply = caller.post("/api/v1/tickets", body);
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return reply.json();
	}

	/** The ticket's SLA once the clocks have started (they start right after the ticket commits). */
	static JsonNode awaitSla(ApiCaller caller, long id) {
		await().atMost(10, TimeUnit.SECONDS).until(() -> !caller.get("/api/v1/tickets/" + id).json().get("sla").isNull());
		return caller.get("/api/v1/tickets/" + id).json().get("sla");
	}
}
