package com.chaindesk.ticket;

import java.util.Map;

import com.chaindesk.ApiCaller;
import com.chaindesk.ChainDeskTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static com.chaindesk.ticket.TicketFixtures.open;
import static org.assertj.core.api.Assertions.assertThat;

/** Who sees which ticket: stores their own, regions theirs, vendors only what is assigned to their company. */
@ChainDeskTest
class TicketScopeTests {

	@LocalServerPort
	int port;

	ApiCaller admin;
	long firstStore;
	long otherStore;

	@BeforeEach
	void setUp() {
		admin = ApiCaller.as(port, "admin");
		firstStore = TicketFixtures.storeId(admin, TicketFixtures.FIRST_STORE);
		otherStore = TicketFixtures.storeId(admin, TicketFixtures.OTHER_STORE);
	}

	@Test
	void aStoreManagerCannotSeeAnotherStoresTickets() {
		ApiCaller manager1 = ApiCaller.as(port, "manager1");
		ApiCaller manager2 = ApiCaller.as(port, "manager2");
		JsonNode theirs = open(manager2, otherStore);
		ApiCaller.Reply reply = manager1.get("/api/v1/tickets/" + theirs.get("id").asLong());
		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.body()).doesNotContain(theirs.get("number").asString()).doesNotContain("小票打印机");
		JsonNode list = manager1.get("/api/v1/tickets?size=100").json();
		assertThat(list.get("content").valueStream().allMatch(t -> t.get("store").asLong() == firstStore)).isTrue();
		assertThat(manager1.get("/api/v1/tickets?store=" + otherStore).json().get("totalElements").asLong()).isZero();
		assertThat(manager1.post("/api/v1/tickets/" + theirs.get("id").asLong() + "/comments", Map.of("text", "hi")).status())
				.isEqualTo(404);
	}

	@Test
	void aRegionManagerSeesTheRegionsStoresOnly() {
		ApiCaller region1 = ApiCaller.as(port, "region1");
		long mine = open(ApiCaller.as(port, "staff1"), firstStore).get("id").asLong();
		long other = open(ApiCaller.as(port, "manager2"), otherStore).get("id").asLong();
		assertThat(region1.get("/api/v1/tickets/" + mine).status()).isEqualTo(200);
		assertThat(region1.get("/api/v1/tickets/" + other).status()).isEqualTo(404);
	}

	@Test
	void aVendorSeesATicketOnlyOnceItIsAssignedToItsCompany() {
		ApiCaller vendor1 = ApiCaller.as(port, "vendor1");
		ApiCaller agent1 = ApiCaller.as(port, "agent1");
		JsonNode ticket = open(ApiCaller.as(port, "staff1"), firstStore);
		long id = ticket.get("id").asLong();
		assertThat(vendor1.get("/api/v1/tickets/" + id).status()).isEqualTo(404);
		assertThat(vendor1.get("/api/v1/tickets?size=100").json().get("content").valueStream()
				.noneMatch(t -> t.get("id").asLong() == id)).isTrue();
		assertThat(vendor1.post("/api/v1/tickets", TicketFixtures.report(firstStore)).status()).isEqualTo(403);

		long sunpos = TicketFixtures.vendorId(admin, "SUNPOS");
		assertThat(agent1.post("/api/v1/tickets/" + id + "/assign", Map.of("vendor", sunpos, "tier", "L3", "version", 0)).status())
				.isEqualTo(200);
		assertThat(vendor1.get("/api/v1/tickets/" + id).status()).isEqualTo(200);
		assertThat(vendor1.get("/api/v1/tickets?size=100").json().get("content").valueStream()
				.allMatch(t -> t.get("assignment").get("vendor").asLong() == sunpos)).isTrue();
	}
}
