package com.chaindesk.ticket;

import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.chaindesk.ApiCaller;
import com.chaindesk.ChainDeskTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static com.chaindesk.ticket.TicketFixtures.FIRST_STORE;
import static com.chaindesk.ticket.TicketFixtures.OTHER_STORE;
import static com.chaindesk.ticket.TicketFixtures.open;
import static com.chaindesk.ticket.TicketFixtures.report;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

/** The ticket API over real HTTP, as the store portal and the service desk use it. */
@ChainDeskTest
class TicketApiTests {

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	TicketEventsHeard heard;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	ApiCaller admin;
	ApiCaller staff1;
	ApiCaller agent1;
	long firstStore;
	long otherStore;

	@BeforeEach
	void setUp() {
		admin = ApiCaller.as(port, "admin");
		staff1 = ApiCaller.as(port, "staff1");
		agent1 = ApiCaller.as(port, "agent1");
		firstStore = TicketFixtures.storeId(admin, FIRST_STORE);
		otherStore = TicketFixtures.storeId(admin, OTHER_STORE);
	}

	private static List<String> fields(ApiCaller.Reply reply) {
		JsonNode errors = reply.json().get("errors");
		return errors == null ? List.of() : errors.valueStream().map(e -> e.get("field").asString()).toList();
	}

	@Test
	void storeStaffSeeTheirStoresCategoryTreeInTheirLanguage() {
		ApiCaller.Reply reply = staff1.get("/api/v1/tickets/categories");
		assertThat(reply.status()).isEqualTo(200);
		JsonNode pos = reply.json().valueStream().filter(c -> c.get("code").asString().equals("pos")).findFirst().orElseThrow();
		assertThat(pos.get("name").asString()).isEqualTo("收银/POS");
		assertThat(pos.get("children").size()).isGreaterThan(0);
		assertThat(staff1.get("/api/v1/tickets/categories?store=" + otherStore).status()).isEqualTo(403);
	}

	@Test
	void theDueTimesToldOnOpeningAreTheOnesTheClocksThenRunOn() {
		JsonNode opened = staff1.post("/api/v1/tickets", report(firstStore)).json();
		long id = opened.get("id").asLong();
		String forecast = opened.get("sla").get("resolutionDueAt").asString();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			JsonNode clocks = agent1.get("/api/v1/sla/tickets/" + id).json().get("clocks");
			assertThat(clocks.size()).isGreaterThanOrEqualTo(2);
		});
		JsonNode marked = staff1.get("/api/v1/tickets/" + id).json().get("sla");
		assertThat(marked.get("state").asString()).isEqualTo("RUNNING");
		assertThat(Instant.parse(marked.get("resolutionDueAt").asString())).isEqualTo(Instant.parse(forecast));
		assertThat(Instant.parse(marked.get("responseDueAt").asString()))
				.isEqualTo(Instant.parse(opened.get("sla").get("responseDueAt").asString()));
	}

	@Test
	void aStoreOpensATicketAndGetsANumberPriorityAndEmptyAssignment() {
		ApiCaller.Reply reply = staff1.post("/api/v1/tickets", report(firstStore));
		assertThat(reply.status()).isEqualTo(201);
		JsonNode t = reply.json();
		assertThat(t.get("number").asString()).matches("INC-" + Year.now().getValue() + "-\\d{6}");
		assertThat(t.get("status").asString()).isEqualTo("NEW");
		assertThat(t.get("priority").asString()).isEqualTo("P2");
		assertThat(t.get("assignment").get("agent").isNull()).isTrue();
		assertThat(t.get("assignment").has("team")).isTrue();
		// P2 at a store with business hours: due later than now, the response well before the resolution.
		Instant response = Instant.parse(t.get("sla").get("responseDueAt").asString());
		Instant resolution = Instant.parse(t.get("sla").get("resolutionDueAt").asString());
		assertThat(response).isAfter(Instant.now());
		assertThat(resolution).isAfter(response);
		assertThat(t.get("store").asLong()).isEqualTo(firstStore);
		assertThat(t.get("category").asString()).isEqualTo("printer-receipt");
		assertThat(t.get("createdAt").asString()).isNotBlank();
		assertThat(t.get("version").asInt()).isZero();
		assertThat(staff1.get("/api/v1/tickets/" + t.get("id").asLong()).json().get("subject").asString()).isEqualTo("小票打印机不出纸");

		Map<String, Object> request = report(firstStore);
		request.put("type", "REQUEST");
		assertThat(staff1.post("/api/v1/tickets", request).json().get("number").asString()).startsWith("REQ-");
	}

	@Test
	void openingIsAuditedAndPublishedThroughTheEventRegistry() {
		JsonNode t = open(staff1, firstStore);
		String id = t.get("id").asString();
		JsonNode trail = admin.get("/api/v1/audit?targetType=ticket&action=ticket.opened&targetId=" + id).json();
		assertThat(trail.get("content").size()).isEqualTo(1);
		agent1.post("/api/v1/tickets/" + id + "/assign", Map.of("agent", "agent1", "version", 0));
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> assertThat(heard.heard())
				.anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(TicketOpened.class, o -> assertThat(o.number()).isEqualTo(t.get("number").asString())))
				.anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(TicketAssigned.class, a -> assertThat(a.assignment().agent()).isEqualTo("agent1"))));
		// Completed publications are deleted: none of this ticket's is left waiting for a listener.
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc
				.sql("select count(*) from event_publication where serialized_event like ?")
				.param("%" + t.get("number").asString() + "%").query(Long.class).single()).isZero());
	}

	@Test
	void badInputNamesEachField() {
		Map<String, Object> body = report(firstStore);
		body.put("subject", "x".repeat(201));
		body.put("description", "");
		body.remove("impact");
		ApiCaller.Reply reply = staff1.post("/api/v1/tickets", body);
		assertThat(reply.status()).isEqualTo(422);
		assertThat(fields(reply)).containsExactlyInAnyOrder("subject", "description", "impact");

		Map<String, Object> unknown = report(firstStore);
		unknown.put("category", "no-such-category");
		ApiCaller.Reply category = staff1.post("/api/v1/tickets", unknown);
		assertThat(category.status()).isEqualTo(422);
		assertThat(fields(category)).containsExactly("category");

		Map<String, Object> wrongEnum = report(firstStore);
		wrongEnum.put("urgency", "EXTREME");
		ApiCaller.Reply malformed = staff1.post("/api/v1/tickets", wrongEnum);
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(fields(malformed)).containsExactly("urgency");

		assertThat(staff1.postRaw("/api/v1/tickets", "application/json", "{not json").status()).isEqualTo(400);
		assertThat(staff1.get("/api/v1/tickets/999999999").status()).isEqualTo(404);
		assertThat(staff1.get("/api/v1/tickets/abc").status()).isEqualTo(400);
		assertThat(staff1.get("/api/v1/tickets?status=BROKEN").status()).isEqualTo(400);
		assertThat(staff1.get("/api/v1/tickets?size=1000").status()).isEqualTo(422);
	}

	@Test
	void staffCannotOpenForAnotherStore() {
		ApiCaller.Reply reply = staff1.post("/api/v1/tickets", report(otherStore));
		assertThat(reply.status()).isEqualTo(403);
		assertThat(reply.body()).doesNotContain(OTHER_STORE);
	}

	@Test
	void theDeskWorksATicketThroughItsLifecycleAndTheStoreConfirmsAndRates() {
		long id = open(staff1, firstStore).get("id").asLong();
		String path = "/api/v1/tickets/" + id;

		ApiCaller.Reply early = agent1.post(path + "/transitions", Map.of("to", "RESOLVED"));
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.json().get("allowed").valueStream().map(JsonNode::asString).toList()).containsExactly("ASSIGNED");

		ApiCaller.Reply taken = agent1.post(path + "/assign", Map.of("agent", "agent1", "tier", "L1", "version", 0));
		assertThat(taken.status()).isEqualTo(200);
		assertThat(taken.json().get("status").asString()).isEqualTo("ASSIGNED");
		assertThat(taken.json().get("assignment").get("agent").asString()).isEqualTo("agent1");

		assertThat(agent1.post(path + "/transitions", Map.of("to", "IN_PROGRESS")).status()).isEqualTo(200);
		assertThat(agent1.post(path + "/comments", Map.of("text", "打印头过热，怀疑硬件故障", "internal", true)).status()).isEqualTo(200);
		assertThat(agent1.post(path + "/comments", Map.of("text", "请重启打印机再试一次")).status()).isEqualTo(200);
		assertThat(agent1.post(path + "/transitions", Map.of("to", "WAITING_ON_STORE", "comment", "请回复结果")).status()).isEqualTo(200);

		JsonNode seenByStore = staff1.get(path).json();
		assertThat(seenByStore.get("timeline").valueStream().map(e -> e.get("text").asString(""))).contains("请重启打印机再试一次")
				.doesNotContain("打印头过热，怀疑硬件故障");
		assertThat(staff1.post(path + "/comments", Map.of("text", "内部", "internal", true)).status()).isEqualTo(403);
		assertThat(staff1.post(path + "/assign", Map.of("agent", "staff1", "version", seenByStore.get("version").asInt())).status())
				.isEqualTo(403);
		assertThat(staff1.post(path + "/rating", Map.of("score", 5)).status()).isEqualTo(409);

		assertThat(staff1.post(path + "/transitions", Map.of("to", "IN_PROGRESS", "comment", "重启了，还是不行")).status()).isEqualTo(200);
		ApiCaller.Reply resolved = agent1.post(path + "/transitions", Map.of("to", "RESOLVED", "comment", "已换新打印机"));
		assertThat(resolved.json().get("status").asString()).isEqualTo("RESOLVED");
		assertThat(agent1.post(path + "/rating", Map.of("score", 5)).status()).isEqualTo(403);
		assertThat(staff1.post(path + "/rating", Map.of("score", 9)).status()).isEqualTo(422);
		assertThat(staff1.post(path + "/rating", Map.of("score", 5, "comment", "很快")).json().get("rating").get("score").asInt())
				.isEqualTo(5);
		assertThat(staff1.post(path + "/transitions", Map.of("to", "CLOSED")).json().get("status").asString()).isEqualTo("CLOSED");
		ApiCaller.Reply afterClose = agent1.post(path + "/transitions", Map.of("to", "REOPENED"));
		assertThat(afterClose.status()).isEqualTo(409);
		assertThat(afterClose.json().get("allowed").size()).isZero();
		assertThat(admin.get("/api/v1/audit?targetType=ticket&targetId=" + id).json().get("content").size())
				.isGreaterThanOrEqualTo(10);
	}

	@Test
	void twoAgentsTakingOneTicketAtOnceOneWinsTheOtherGets409() throws Exception {
		long id = open(staff1, firstStore).get("id").asLong();
		ApiCaller engineer1 = ApiCaller.as(port, "engineer1");
		CountDownLatch start = new CountDownLatch(1);
		Callable<Integer> agentTakes = () -> {
			start.await();
			return agent1.post("/api/v1/tickets/" + id + "/assign", Map.of("agent", "agent1", "version", 0)).status();
		};
		Callable<Integer> engineerTakes = () -> {
			start.await();
			return engineer1.post("/api/v1/tickets/" + id + "/assign", Map.of("agent", "engineer1", "version", 0)).status();
		};
		try (var pool = Executors.newFixedThreadPool(2)) {
			Future<Integer> a = pool.submit(agentTakes);
			Future<Integer> b = pool.submit(engineerTakes);
			start.countDown();
			assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(200, 409);
		}
		assertThat(admin.get("/api/v1/tickets/" + id).json().get("version").asInt()).isEqualTo(1);
	}

	@Test
	void assignmentNamesUnknownTeamsAndVendorsAndRequiresAVersion() {
		long id = open(staff1, firstStore).get("id").asLong();
		ApiCaller.Reply noVersion = agent1.post("/api/v1/tickets/" + id + "/assign", Map.of("agent", "agent1"));
		assertThat(noVersion.status()).isEqualTo(422);
		assertThat(fields(noVersion)).containsExactly("version");
		Map<String, Object> body = new HashMap<>(Map.of("team", 999999, "vendor", 999999, "version", 0));
		ApiCaller.Reply unknown = agent1.post("/api/v1/tickets/" + id + "/assign", body);
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(fields(unknown)).containsExactlyInAnyOrder("team", "vendor");
	}

	@Test
	void listsArePagedAndFilteredInsideTheScope() {
		long id = open(staff1, firstStore).get("id").asLong();
		JsonNode page = agent1.get("/api/v1/tickets?store=" + firstStore + "&status=NEW&assignee=none&size=5").json();
		assertThat(page.get("content").size()).isBetween(1, 5);
		assertThat(page.get("totalElements").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(page.get("content").valueStream().allMatch(t -> t.get("status").asString().equals("NEW"))).isTrue();
		agent1.post("/api/v1/tickets/" + id + "/assign", Map.of("agent", "agent1", "version", 0));
		JsonNode mine = agent1.get("/api/v1/tickets?assignee=me&size=100").json();
		assertThat(mine.get("content").valueStream().map(t -> t.get("id").asLong())).contains(id);
	}
}
