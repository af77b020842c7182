package com.chaindesk.org;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.chaindesk.ApiCaller;
import com.chaindesk.ChainDeskTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static com.chaindesk.org.StoreFixtures.fields;
import static com.chaindesk.org.StoreFixtures.store;
import static com.chaindesk.org.StoreFixtures.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;

@ChainDeskTest
class StoreApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ApiCaller admin;
	long east;

	@BeforeEach
	void signIn() {
		admin = ApiCaller.as(port, "admin");
		east = StoreFixtures.regionId(admin, "EAST");
	}

	private ApiCaller.Reply createWith(String field, Object value) {
		Map<String, Object> body = new HashMap<>(store(uniqueCode("BAD"), east));
		if (value == null) {
			body.remove(field);
		}
		else {
			body.put(field, value);
		}
		return admin.post("/api/v1/org/stores", body);
	}

	private void assertRefused(ApiCaller.Reply reply, int status, String field) {
		assertThat(reply.status()).as(reply.body()).isEqualTo(status);
		assertThat(reply.contentType()).contains("application/problem+json");
		assertThat(fields(reply)).as(reply.body()).contains(field);
		assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at com.");
	}

	@Test
	void registeringAStoreAnswers201WithLocationAndAllSevenDays() {
		String code = uniqueCode("NEW");
		Map<String, Object> body = new HashMap<>(store(code, east));
		body.put("openingHours", Map.of("FRI", List.of("10:00-22:00", "22:30-02:00"), "SAT", List.of("10:00-22:00")));
		ApiCaller.Reply reply = admin.post("/api/v1/org/stores", body);
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		JsonNode store = reply.json();
		assertThat(store.get("code").asString()).isEqualTo(code);
		assertThat(store.get("status").asString()).isEqualTo("OPEN");
		assertThat(store.get("version").asInt()).isZero();
		assertThat(store.get("name").get("zh-CN").asString()).startsWith("测试店");
		assertThat(store.get("openingHours").propertyNames()).containsExactly("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
		assertThat(store.get("openingHours").get("FRI").size()).isEqualTo(2);
		assertThat(store.get("openingHours").get("MON").size()).isZero();
		ApiCaller.Reply again = admin.get("/api/v1/org/stores/" + store.get("id").asLong());
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("code").asString()).isEqualTo(code);
		assertThat(jdbc.sql("select count(*) from audit.entry where action = 'store.registered' and target_id = ?")
				.param(store.get("id").asString()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void missingAndMalformedFieldsAreNamed() {
		assertRefused(createWith("code", null), 422, "code");
		assertRefused(createWith("code", "lower-case"), 422, "code");
		assertRefused(createWith("code", "A".repeat(21)), 422, "code");
		assertRefused(createWith("name", Map.of("en", "No Chinese name")), 422, "name.zh-CN");
		assertRefused(createWith("name", Map.of("zh-CN", "店".repeat(101))), 422, "name.zh-CN");
		assertRefused(createWith("name", Map.of("zh-CN", "店", "en", "x".repeat(101))), 422, "name.en");
		assertRefused(createWith("regionId", null), 422, "regionId");
		assertRefused(createWith("regionId", 999_999), 422, "regionId");
		assertRefused(createWith("city", null), 422, "city");
		assertRefused(createWith("address", "路".repeat(201)), 422, "address");
		assertRefused(createWith("latitude", 90.5), 422, "latitude");
		assertRefused(createWith("longitude", -180.01), 422, "longitude");
		assertRefused(createWith("latitude", null), 422, "latitude");
		assertRefused(createWith("timeZone", "Mars/Olympus_Mons"), 422, "timeZone");
		assertRefused(createWith("timeZone", "+08:00"), 422, "timeZone");
		assertRefused(createWith("locale", "fr"), 422, "locale");
		assertRefused(createWith("sizeClass", "XXL"), 422, "sizeClass");
		assertRefused(createWith("openingHours", Map.of("MON", List.of("9am-9pm"))), 422, "openingHours.MON[0]");
		assertRefused(createWith("openingHours", Map.of("MON", List.of("09:00-09:00"))), 422, "openingHours.MON[0]");
		assertRefused(createWith("openingHours", Map.of("MON", List.of("09:00-14:00", "13:00-21:00"))), 422, "openingHours.MON");
		assertRefused(createWith("openingHours", null), 422, "openingHours");
		assertRefused(createWith("phone", "call me"), 422, "phone");
		assertRefused(createWith("closures", List.of(Map.of("startsOn", "2030-01-05", "endsOn", "2030-01-01", "reason", "x"))),
				422, "closures[0].endsOn");
		assertRefused(createWith("closures", List.of(Map.of("startsOn", "2030-01-01", "endsOn", "2030-01-05", "reason", "a"),
				Map.of("startsOn", "2030-01-04", "endsOn", "2030-01-08", "reason", "b"))), 422, "closures[1]");
	}

	@Test
	void everyBrokenFieldIsNamedAtOnce() {
		Map<String, Object> body = new HashMap<>(store("x", east));
		body.put("latitude", 200);
		body.put("locale", "de");
		ApiCaller.Reply reply = admin.post("/api/v1/org/stores", body);
		assertThat(reply.status()).isEqualTo(422);
		assertThat(fields(reply)).contains("code", "latitude", "locale");
	}

	@Test
	void wrongTypesAndBrokenJsonAre400NamingTheField() {
		assertRefused(createWith("latitude", "north"), 400, "latitude");
		assertRefused(createWith("closures", List.of(Map.of("startsOn", "soon", "endsOn", "2030-01-01", "reason", "x"))),
				400, "closures[0].startsOn");
		ApiCaller.Reply broken = admin.postRaw("/api/v1/org/stores", "application/json", "{\"code\": ");
		assertThat(broken.status()).isEqualTo(400);
		assertThat(broken.contentType()).contains("problem+json");
		assertThat(admin.get("/api/v1/org/stores?region=east").status()).isEqualTo(400);
		assertThat(admin.get("/api/v1/org/stores?size=1000").status()).isIn(400, 422);
	}

	@Test
	void unknownStoreIs404() {
		ApiCaller.Reply reply = admin.get("/api/v1/org/stores/987654321");
		assertThat(reply.status()).isEqualTo(404);
		assertThat(admin.put("/api/v1/org/stores/987654321", store("NOPE-1", east)).status()).isEqualTo(404);
		assertThat(admin.post("/api/v1/org/stores/987654321/close", Map.of()).status()).isEqualTo(404);
	}

	@Test
	void duplicateCodeIs409NamingCode() {
		String code = uniqueCode("DUP");
		assertThat(admin.post("/api/v1/org/stores", store(code, east)).status()).isEqualTo(201);
		ApiCaller.Reply second = admin.post("/api/v1/org/stores", store(code, east));
		assertRefused(second, 409, "code");
		assertThat(StoreFixtures.storeByCode(admin, "SH-XH-01").get("code").asString()).isEqualTo("SH-XH-01");
		Map<String, Object> renamed = new HashMap<>(store("SH-XH-01", east));
		JsonNode mine = admin.post("/api/v1/org/stores", store(uniqueCode("DUP"), east)).json();
		renamed.put("version", mine.get("version").asInt());
		assertRefused(admin.put("/api/v1/org/stores/" + mine.get("id").asLong(), renamed), 409, "code");
	}

	@Test
	void twoEditsFromTheSameVersionKeepTheFirstAndRefuseTheSecond() {
		JsonNode created = admin.post("/api/v1/org/stores", store(uniqueCode("RACE"), east)).json();
		long id = created.get("id").asLong();
		Map<String, Object> first = new HashMap<>(store(created.get("code").asString(), east));
		first.put("version", 0);
		first.put("city", "杭州");
		Map<String, Object> second = new HashMap<>(first);
		second.put("city", "苏州");

		ApiCaller.Reply one = admin.put("/api/v1/org/stores/" + id, first);
		ApiCaller.Reply two = admin.put("/api/v1/org/stores/" + id, second);
		assertThat(one.status()).as(one.body()).isEqualTo(200);
		assertThat(one.json().get("version").asInt()).isEqualTo(1);
		assertRefused(two, 409, "version");
		JsonNode now = admin.get("/api/v1/org/stores/" + id).json();
		assertThat(now.get("city").asString()).isEqualTo("杭州");
		assertThat(now.get("version").asInt()).isEqualTo(1);
	}

	@Test
	void revisingWithoutAVersionIsRefused() {
		JsonNode created = admin.post("/api/v1/org/stores", store(uniqueCode("NOVER"), east)).json();
		assertRefused(admin.put("/api/v1/org/stores/" + created.get("id").asLong(), store(created.get("code").asString(), east)),
				422, "version");
	}

	@Test
	void closingAClosedStoreIs409AndReopeningWorks() {
		JsonNode created = admin.post("/api/v1/org/stores", store(uniqueCode("SHUT"), east)).json();
		long id = created.get("id").asLong();
		ApiCaller.Reply closed = admin.post("/api/v1/org/stores/" + id + "/close", Map.of());
		assertThat(closed.status()).isEqualTo(200);
		assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
		assertThat(closed.json().get("openNow").asBoolean()).isFalse();
		assertRefused(admin.post("/api/v1/org/stores/" + id + "/close", Map.of()), 409, "status");
		ApiCaller.Reply reopened = admin.post("/api/v1/org/stores/" + id + "/reopen", Map.of());
		assertThat(reopened.json().get("status").asString()).isEqualTo("OPEN");
		assertThat(jdbc.sql("select count(*) from audit.entry where target_type = 'store' and target_id = ? and action in ('store.closed', 'store.reopened')")
				.param(String.valueOf(id)).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void searchMatchesCodeNameCityAndAddressIgnoringCase() {
		assertThat(admin.get("/api/v1/org/stores?q=sh-xh-01").json().get("totalElements").asLong()).isEqualTo(1);
		assertThat(admin.get("/api/v1/org/stores?q=港汇").json().get("content").get(0).get("code").asString()).isEqualTo("SH-XH-01");
		assertThat(admin.get("/api/v1/org/stores?q=grand%20gateway").json().get("totalElements").asLong()).isEqualTo(1);
		assertThat(admin.get("/api/v1/org/stores?q=旺角").json().get("totalElements").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(admin.get("/api/v1/org/stores?q=%25").json().get("totalElements").asLong()).isZero();
		JsonNode page = admin.get("/api/v1/org/stores?size=5&page=1").json();
		assertThat(page.get("content").size()).isEqualTo(5);
		assertThat(page.get("page").asInt()).isEqualTo(1);
		assertThat(page.get("totalPages").asInt()).isGreaterThanOrEqualTo(8);
	}

	@Test
	void teamsVendorsAndAgentsRefuseBadInputNamingTheField() {
		assertRefused(admin.post("/api/v1/org/teams", Map.of("code", "T-" + System.nanoTime() % 100000, "name", Map.of("zh-CN", "组"), "tier", "L4")), 422, "tier");
		assertRefused(admin.post("/api/v1/org/vendors", Map.of("code", "V1X", "company", "", "contactEmail", "nope")), 422, "company");
		assertRefused(admin.post("/api/v1/org/agents", Map.of("username", "x", "displayName", "X", "capacity", 0)), 422, "capacity");
		assertRefused(admin.post("/api/v1/org/teams", Map.of("code", "HQ-L1", "name", Map.of("zh-CN", "重复"), "tier", "L1")), 409, "code");
		assertThat(admin.get("/api/v1/org/teams/999999").status()).isEqualTo(404);
		assertThat(ApiCaller.as(port, "manager1").post("/api/v1/org/teams",
				Map.of("code", "NOPE", "name", Map.of("zh-CN", "组"), "tier", "L1")).status()).isEqualTo(403);
	}
}
