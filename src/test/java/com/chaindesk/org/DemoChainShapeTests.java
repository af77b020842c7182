package com.chaindesk.org;

import java.util.List;

import com.chaindesk.ApiCaller;
import com.chaindesk.ChainDeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo chain as a visitor meets it: enough stores and regions, and every demo person can sign in. */
@ChainDeskTest
class DemoChainShapeTests {

	@LocalServerPort
	int port;

	@Test
	void hasAtLeastFortyStoresInFourRegionsIncludingTaiwanAndHongKong() {
		ApiCaller admin = ApiCaller.as(port, "admin");
		JsonNode regions = admin.get("/api/v1/org/regions").json();
		assertThat(regions.size()).isGreaterThanOrEqualTo(4);
		List<String> zones = regions.valueStream().map(r -> r.get("timeZone").asString()).toList();
		assertThat(zones).contains("Asia/Shanghai", "Asia/Taipei", "Asia/Hong_Kong");
		assertThat(regions.get(0).get("code").asString()).isEqualTo("EAST");
		assertThat(regions.get(0).get("name").get("zh-CN").asString()).isEqualTo("华东");

		JsonNode stores = admin.get("/api/v1/org/stores?size=100").json();
		assertThat(stores.get("totalElements").asLong()).isGreaterThanOrEqualTo(40);
		List<String> storeZones = stores.get("content").valueStream().map(s -> s.get("timeZone").asString()).toList();
		assertThat(storeZones).contains("Asia/Taipei", "Asia/Hong_Kong");
	}

	@Test
	void everyDemoPersonCanSignIn() {
		for (String username : List.of("admin", "region1", "manager1", "staff1", "manager2", "agent1", "engineer1",
				"expert1", "vendor1", "trainer1")) {
			ApiCaller caller = ApiCaller.as(port, username);
			assertThat(caller.get("/api/v1/org/regions").status()).as(username).isEqualTo(200);
		}
	}

	@Test
	void serviceDeskPeopleAreAgentsLinkedToTheirAccounts() {
		JsonNode agents = ApiCaller.as(port, "admin").get("/api/v1/org/agents").json();
		for (String username : List.of("agent1", "engineer1", "expert1", "vendor1")) {
			JsonNode agent = agents.valueStream().filter(a -> a.get("username").asString().equals(username)).findFirst()
					.orElseThrow(() -> new AssertionError("no agent " + username));
			assertThat(agent.get("userId").asLong()).as(username).isPositive();
			assertThat(agent.get("skills").size()).as(username).isPositive();
		}
	}
}
