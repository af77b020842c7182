package com.chaindesk.org;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.chaindesk.ApiCaller;
import com.chaindesk.ChainDeskTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static com.chaindesk.org.StoreFixtures.store;
import static com.chaindesk.org.StoreFixtures.storeByCode;
import static com.chaindesk.org.StoreFixtures.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;

/** Who sees and changes which store: manager1 runs SH-XH-01 (East China), manager2 GZ-TH-01 (South China). */
@ChainDeskTest
class StoreScopeTests {

	@LocalServerPort
	int port;

	ApiCaller admin;
	long east;
	long south;
	JsonNode firstStore;
	JsonNode otherStore;

	@BeforeEach
	void setUp() {
		admin = ApiCaller.as(port, "admin");
		east = StoreFixtures.regionId(admin, "EAST");
		south = StoreFixtures.regionId(admin, "SOUTH");
		firstStore = storeByCode(admin, "SH-XH-01");
		otherStore = storeByCode(admin, "GZ-TH-01");
	}

	/** The store as a body for PUT, with one field changed. */
	private static Map<String, Object> edited(JsonNode store, String field, Object value) {
		Map<String, Object> body = new HashMap<>();
		store.propertyNames().forEach(name -> body.put(name, store.get(name)));
		body.put(field, value);
		return body;
	}

	@Test
	void aStoreManagerCannotReadAnotherStoreAndLearnsNothingAboutIt() {
		ApiCaller manager1 = ApiCaller.as(port, "manager1");
		ApiCaller.Reply own = manager1.get("/api/v1/org/stores/" + firstStore.get("id").asLong());
		assertThat(own.status()).isEqualTo(200);
		ApiCaller.Reply other = manager1.get("/api/v1/org/stores/" + otherStore.get("id").asLong());
		assertThat(other.status()).isEqualTo(404);
		assertThat(other.body()).doesNotContain("GZ-TH-01").doesNotContain("广州");
		ApiCaller.Reply list = manager1.get("/api/v1/org/stores?size=100");
		assertThat(list.json().get("totalElements").asLong()).isEqualTo(1);
		assertThat(list.json().get("content").get(0).get("code").asString()).isEqualTo("SH-XH-01");
		assertThat(ApiCaller.as(port, "manager2").get("/api/v1/org/stores/" + firstStore.get("id").asLong()).status())
				.isEqualTo(404);
	}

	@Test
	void aRegionManagerListsOnlyTheirRegion() {
		ApiCaller region1 = ApiCaller.as(port, "region1");
		JsonNode page = region1.get("/api/v1/org/stores?size=100").json();
		assertThat(page.get("totalElements").asLong()).isGreaterThanOrEqualTo(10);
		assertThat(page.get("content").valueStream().map(s -> s.get("regionId").asLong()).distinct().toList())
				.containsExactly(east);
		assertThat(region1.get("/api/v1/org/stores?region=" + south).json().get("totalElements").asLong()).isZero();
		assertThat(region1.get("/api/v1/org/stores/" + otherStore.get("id").asLong()).status()).isEqualTo(404);
		JsonNode regions = region1.get("/api/v1/org/regions").json();
		assertThat(regions.size()).isEqualTo(1);
		assertThat(regions.get(0).get("id").asLong()).isEqualTo(east);
	}

	@Test
	void aVendorSeesNoStores() {
		ApiCaller vendor1 = ApiCaller.as(port, "vendor1");
		assertThat(vendor1.get("/api/v1/org/stores").json().get("totalElements").asLong()).isZero();
		assertThat(vendor1.get("/api/v1/org/stores/" + firstStore.get("id").asLong()).status()).isEqualTo(404);
		assertThat(vendor1.get("/api/v1/org/regions").json().size()).isZero();
		JsonNode vendors = vendor1.get("/api/v1/org/vendors").json();
		assertThat(vendors.size()).isEqualTo(1);
		assertThat(vendors.get(0).get("code").asString()).isEqualTo("SUNPOS");
	}

	@Test
	void hqAgentsSeeEveryStoreButChangeNone() {
		ApiCaller agent1 = ApiCaller.as(port, "agent1");
		assertThat(agent1.get("/api/v1/org/stores").json().get("totalElements").asLong()).isGreaterThanOrEqualTo(40);
		assertThat(agent1.put("/api/v1/org/stores/" + otherStore.get("id").asLong(), edited(otherStore, "city", "佛山"))
				.status()).isEqualTo(403);
	}

	@Test
	void storeStaffCannotEditTheirOwnStore() {
		ApiCaller staff1 = ApiCaller.as(port, "staff1");
		ApiCaller.Reply reply = staff1.put("/api/v1/org/stores/" + firstStore.get("id").asLong(),
				edited(firstStore, "phone", "+86 21 0000 0000"));
		assertThat(reply.status()).isEqualTo(403);
		assertThat(staff1.post("/api/v1/org/stores/" + firstStore.get("id").asLong() + "/close", Map.of()).status())
				.isEqualTo(403);
		assertThat(storeByCode(admin, "SH-XH-01").get("phone").asString()).isEqualTo(firstStore.get("phone").asString());
	}

	@Test
	void aStoreManagerChangesOnlyHoursClosuresAndPhoneOfTheirStore() {
		ApiCaller manager1 = ApiCaller.as(port, "manager1");
		long id = firstStore.get("id").asLong();
		ApiCaller.Reply rename = manager1.put("/api/v1/org/stores/" + id,
				edited(firstStore, "name", Map.of("zh-CN", "我的店")));
		assertThat(rename.status()).isEqualTo(403);
		assertThat(rename.body()).contains("name");

		ApiCaller.Reply phone = manager1.put("/api/v1/org/stores/" + id, edited(firstStore, "phone", "+86 21 6448 9999"));
		assertThat(phone.status()).as(phone.body()).isEqualTo(200);
		assertThat(phone.json().get("phone").asString()).isEqualTo("+86 21 6448 9999");
		// Put it back as it was: other tests read the demo store.
		ApiCaller.Reply back = manager1.put("/api/v1/org/stores/" + id, edited(phone.json(), "phone", firstStore.get("phone").asString()));
		assertThat(back.status()).isEqualTo(200);
		assertThat(manager1.post("/api/v1/org/stores", store(uniqueCode("MINE"), east)).status()).isEqualTo(403);
	}

	@Test
	void aRegionManagerEditsTheirRegionButNeverMovesOrCreatesOutsideIt() {
		ApiCaller region1 = ApiCaller.as(port, "region1");
		assertThat(region1.post("/api/v1/org/stores", store(uniqueCode("ELSE"), south)).status()).isEqualTo(403);
		ApiCaller.Reply created = region1.post("/api/v1/org/stores", store(uniqueCode("R1"), east));
		assertThat(created.status()).isEqualTo(201);
		ApiCaller.Reply moved = region1.put("/api/v1/org/stores/" + created.json().get("id").asLong(),
				edited(created.json(), "regionId", south));
		assertThat(moved.status()).isEqualTo(403);
		ApiCaller.Reply renamed = region1.put("/api/v1/org/stores/" + created.json().get("id").asLong(),
				edited(created.json(), "city", "无锡"));
		assertThat(renamed.status()).isEqualTo(200);
		assertThat(region1.put("/api/v1/org/stores/" + otherStore.get("id").asLong(), edited(otherStore, "city", "佛山"))
				.status()).isEqualTo(404);
	}

	@Test
	void teamsAndAgentsFollowScopeToo() {
		List<String> regionTeams = ApiCaller.as(port, "region1").get("/api/v1/org/teams").json().valueStream()
				.map(t -> t.get("code").asString()).toList();
		assertThat(regionTeams).contains("HQ-L1", "EAST-L2").doesNotContain("SOUTH-L2");
		List<String> vendorAgents = ApiCaller.as(port, "vendor1").get("/api/v1/org/agents").json().valueStream()
				.map(a -> a.get("username").asString()).toList();
		assertThat(vendorAgents).contains("vendor1").doesNotContain("agent1", "netlink.ma");
		assertThat(ApiCaller.as(port, "staff1").get("/api/v1/org/agents").json().size()).isZero();
	}
}
