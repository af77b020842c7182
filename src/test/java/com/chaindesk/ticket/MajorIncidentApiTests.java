package com.chaindesk.ticket;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.chaindesk.ApiCaller;
import com.chaindesk.ChainDeskTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static com.chaindesk.ticket.TicketFixtures.FIRST_STORE;
import static com.chaindesk.ticket.TicketFixtures.OTHER_STORE;
import static com.chaindesk.ticket.TicketFixtures.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A major incident over the API: one parent the desk runs, store tickets linked under it, one update and one fix for all. */
@ChainDeskTest
class MajorIncidentApiTests {

	@LocalServerPort
	int port;

	@Autowired
	TicketEventsHeard heard;

	ApiCaller admin;
	ApiCaller agent1;
	ApiCaller staff1;
	ApiCaller manager2;
	long firstStore;
	long otherStore;

	@BeforeEach
	void setUp() {
		admin = ApiCaller.as(port, "admin");
		agent1 = ApiCaller.as(port, "agent1");
		staff1 = ApiCaller.as(port, "staff1");
		manager2 = ApiCaller.as(port, "manager2");
		firstStore = TicketFixtures.storeId(admin, FIRST_STORE);
		otherStore = TicketFixtures.storeId(admin, OTHER_STORE);
	}

	private static List<String> fields(ApiCaller.Reply reply) {
		JsonNode errors = reply.json().get("errors");
		return errors == null ? List.of() : errors.valueStream().map(e -> e.get("field").asString()).toList();
	}

	private long declared(ApiCaller by) {
		long id = open(agent1, firstStore).get("id").asLong();
		ApiCaller.Reply reply = by.post("/api/v1/tickets/" + id + "/major", Map.of("reason", "支付网关故障，多家门店无法刷卡"));
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		return id;
	}

	private ApiCaller.Reply link(long parent, long child) {
		return agent1.post("/api/v1/tickets/" + parent + "/children", Map.of("ticket", child));
	}

	private void work(long id, String... moves) {
		JsonNode ticket = agent1.get("/api/v1/tickets/" + id).json();
		if (ticket.get("assignment").get("agent").isNull()) {
			assertThat(agent1.post("/api/v1/tickets/" + id + "/assign", Map.of("agent", "agent1", "version",
					ticket.get("version").asInt())).status()).isEqualTo(200);
		}
		for (String to : moves) {
			ApiCaller.Reply moved = agent1.post("/api/v1/tickets/" + id + "/transitions", Map.of("to", to));
			assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		}
	}

	@Test
	void theDeskDeclaresAMajorIncidentWithAReasonAndOthersMayNot() {
		long id = open(staff1, firstStore).get("id").asLong();
		assertThat(staff1.post("/api/v1/tickets/" + id + "/major", Map.of("reason", "全店断网")).status()).isEqualTo(403);
		assertThat(ApiCaller.as(port, "region1").post("/api/v1/tickets/" + id + "/major", Map.of("reason", "x")).status())
				.isEqualTo(403);
		ApiCaller.Reply noReason = agent1.post("/api/v1/tickets/" + id + "/major", Map.of("reason", " "));
		assertThat(noReason.status()).isEqualTo(422);
		assertThat(fields(noReason)).containsExactly("reason");

		ApiCaller.Reply declared = agent1.post("/api/v1/tickets/" + id + "/major", Map.of("reason", "华东支付网关故障"));
		assertThat(declared.status()).isEqualTo(200);
		JsonNode ticket = declared.json();
		assertThat(ticket.get("major").asBoolean()).isTrue();
		assertThat(ticket.get("majorReason").asString()).isEqualTo("华东支付网关故障");
		assertThat(ticket.get("childCount").asLong()).isZero();
		assertThat(ticket.get("parent").isNull()).isTrue();
		assertThat(agent1.post("/api/v1/tickets/" + id + "/major", Map.of("reason", "again")).status()).isEqualTo(409);
		assertThat(admin.get("/api/v1/audit?targetType=ticket&action=ticket.major-declared&targetId=" + id).json()
				.get("content").size()).isEqualTo(1);
		assertThat(open(staff1, firstStore).get("major").asBoolean()).isFalse();
	}

	@Test
	void storeTicketsAreLinkedAsChildrenOnceAndNeverAMajorIncidentOrItself() {
		long parent = declared(agent1);
		long south = open(manager2, otherStore).get("id").asLong();
		long east = open(staff1, firstStore).get("id").asLong();

		ApiCaller.Reply linked = link(parent, south);
		assertThat(linked.status()).as(linked.body()).isEqualTo(200);
		assertThat(link(parent, east).json().get("childCount").asLong()).isEqualTo(2);
		assertThat(agent1.get("/api/v1/tickets/" + parent + "/children").json().valueStream().map(c -> c.get("id").asLong()))
				.containsExactly(south, east);

		JsonNode child = manager2.get("/api/v1/tickets/" + south).json();
		assertThat(child.get("parent").get("id").asLong()).isEqualTo(parent);
		assertThat(child.get("parent").get("number").asString()).startsWith("INC-");
		assertThat(child.get("links").valueStream().anyMatch(l -> l.get("kind").asString().equals("CHILD_OF")
				&& l.get("target").asLong() == parent)).isTrue();
		assertThat(child.get("timeline").valueStream().anyMatch(e -> e.get("kind").asString().equals("CHILD_OF")
				&& e.get("text").asString().contains(child.get("parent").get("number").asString()))).isTrue();

		long otherParent = declared(agent1);
		ApiCaller.Reply twice = link(otherParent, south);
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.body()).contains("already a child of another major incident");
		assertThat(link(parent, otherParent).status()).isEqualTo(409);
		ApiCaller.Reply self = link(parent, parent);
		assertThat(self.status()).isEqualTo(422);
		assertThat(fields(self)).containsExactly("ticket");
		assertThat(fields(link(parent, 987_654_321L))).containsExactly("ticket");
		assertThat(agent1.post("/api/v1/tickets/" + parent + "/children", Map.of()).status()).isEqualTo(422);
		long plain = open(staff1, firstStore).get("id").asLong();
		assertThat(link(plain, east).status()).as("only a major incident takes children").isEqualTo(409);
		assertThat(staff1.post("/api/v1/tickets/" + parent + "/children", Map.of("ticket", plain)).status()).isEqualTo(403);
		// The generic links cannot make a child behind the incident's back.
		assertThat(agent1.post("/api/v1/tickets/" + plain + "/links", Map.of("kind", "CHILD_OF", "target", parent)).status())
				.isEqualTo(422);
		assertThat(admin.get("/api/v1/audit?targetType=ticket&action=ticket.linked-to-major-incident&targetId=" + south)
				.json().get("content").size()).isEqualTo(1);
	}

	@Test
	void aRegionalAgentCannotLinkAnotherRegionsTicket() {
		String username = "agent-east-" + System.nanoTime() % 1_000_000;
		JsonNode east = admin.get("/api/v1/org/regions").json().valueStream()
				.filter(r -> r.get("code").asString().equals("EAST")).findFirst().orElseThrow();
		ApiCaller.Reply created = admin.post("/api/v1/identity/users", Map.of("username", username, "displayName", "华东服务台",
				"password", "Str0ng-pass-for-tests!", "roles", List.of("L1_AGENT"),
				"scope", Map.of("level", "REGION", "regionId", east.get("id").asLong())));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		ApiCaller regional = ApiCaller.as(port, username, "Str0ng-pass-for-tests!");

		long parent = declared(regional);
		long south = open(manager2, otherStore).get("id").asLong();
		assertThat(regional.post("/api/v1/tickets/" + parent + "/children", Map.of("ticket", south)).status()).isEqualTo(403);
		assertThat(agent1.get("/api/v1/tickets/" + parent + "/children").json().size()).isZero();
		long eastTicket = open(staff1, firstStore).get("id").asLong();
		assertThat(regional.post("/api/v1/tickets/" + parent + "/children", Map.of("ticket", eastTicket)).status()).isEqualTo(200);
	}

	@Test
	void aPublicCommentOnTheIncidentReachesEveryStoreAndAnInternalNoteDoesNot() {
		long parent = declared(agent1);
		long south = open(manager2, otherStore).get("id").asLong();
		long east = open(staff1, firstStore).get("id").asLong();
		link(parent, south);
		link(parent, east);

		assertThat(agent1.post("/api/v1/tickets/" + parent + "/comments", Map.of("text", "支付通道已切换到备用线路，请重试刷卡"))
				.status()).isEqualTo(200);
		agent1.post("/api/v1/tickets/" + parent + "/comments", Map.of("text", "供应商工单号 #A-7781", "internal", true));

		for (JsonNode child : List.of(manager2.get("/api/v1/tickets/" + south).json(), staff1.get("/api/v1/tickets/" + east).json())) {
			List<JsonNode> updates = child.get("timeline").valueStream().filter(e -> e.get("kind").asString().equals("MAJOR_UPDATE")).toList();
			assertThat(updates).hasSize(1);
			assertThat(updates.get(0).get("text").asString()).contains("支付通道已切换到备用线路")
					.contains(child.get("parent").get("number").asString()).contains("重大事件");
			assertThat(updates.get(0).get("author").asString()).isEqualTo("agent1");
			assertThat(updates.get(0).get("internal").asBoolean()).isFalse();
			assertThat(child.toString()).doesNotContain("A-7781");
		}
		// A store's own remark on the incident stays on the incident.
		staff1.post("/api/v1/tickets/" + parent + "/comments", Map.of("text", "我们店也刷不了卡"));
		assertThat(manager2.get("/api/v1/tickets/" + south).body()).doesNotContain("我们店也刷不了卡");
		assertThat(admin.get("/api/v1/audit?targetType=ticket&action=ticket.major-incident-update&targetId=" + east).json()
				.get("content").size()).isEqualTo(1);
	}

	@Test
	void resolvingTheIncidentResolvesEveryOpenChildAndLeavesSolvedOnesAlone() {
		long parent = declared(agent1);
		long fresh = open(manager2, otherStore).get("id").asLong();
		long waiting = open(staff1, firstStore).get("id").asLong();
		long confirmed = open(staff1, firstStore).get("id").asLong();
		for (long child : List.of(fresh, waiting, confirmed)) {
			assertThat(link(parent, child).status()).isEqualTo(200);
		}
		work(waiting, "IN_PROGRESS", "WAITING_ON_STORE");
		work(confirmed, "IN_PROGRESS", "RESOLVED");
		assertThat(staff1.post("/api/v1/tickets/" + confirmed + "/transitions", Map.of("to", "CLOSED")).status()).isEqualTo(200);

		work(parent, "IN_PROGRESS", "RESOLVED");

		JsonNode freshNow = manager2.get("/api/v1/tickets/" + fresh).json();
		assertThat(freshNow.get("status").asString()).isEqualTo("RESOLVED");
		JsonNode last = freshNow.get("timeline").get(freshNow.get("timeline").size() - 1);
		assertThat(last.get("kind").asString()).isEqualTo("STATUS");
		assertThat(last.get("from").asString()).isEqualTo("NEW");
		assertThat(last.get("to").asString()).isEqualTo("RESOLVED");
		assertThat(last.get("note").asString()).isEqualTo("ticket.timeline.resolved-with-parent");
		assertThat(last.get("text").asString()).contains(freshNow.get("parent").get("number").asString());
		assertThat(freshNow.get("allowed").valueStream().map(JsonNode::asString)).contains("CLOSED", "REOPENED");
		assertThat(staff1.get("/api/v1/tickets/" + waiting).json().get("status").asString()).isEqualTo("RESOLVED");
		JsonNode confirmedNow = staff1.get("/api/v1/tickets/" + confirmed).json();
		assertThat(confirmedNow.get("status").asString()).isEqualTo("CLOSED");
		assertThat(confirmedNow.toString()).doesNotContain("ticket.timeline.resolved-with-parent");

		assertThat(admin.get("/api/v1/audit?targetType=ticket&action=ticket.resolved-with-major-incident&targetId=" + waiting)
				.json().get("content").size()).isEqualTo(1);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(heard.heard())
				.anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(TicketResolved.class, r -> assertThat(r.ticketId()).isEqualTo(fresh)))
				.anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(TicketStatusChanged.class, c -> {
					assertThat(c.ticketId()).isEqualTo(waiting);
					assertThat(c.from()).isEqualTo(TicketStatus.WAITING_ON_STORE);
					assertThat(c.to()).isEqualTo(TicketStatus.RESOLVED);
				})));
		// The SLA clocks of the children stopped with them.
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			JsonNode sla = admin.get("/api/v1/tickets/" + fresh).json().get("sla");
			assertThat(sla.isNull()).isFalse();
			assertThat(sla.get("state").asString()).isEqualTo("MET");
		});
		assertThat(link(parent, open(staff1, firstStore).get("id").asLong()).status())
				.as("a resolved incident takes no more children").isEqualTo(409);
	}
}
