package com.chaindesk.ticket;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.chaindesk.ApiCaller;
import com.chaindesk.TestOrg;
import com.chaindesk.ChainDeskTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static com.chaindesk.ticket.TicketFixtures.FIRST_STORE;
import static com.chaindesk.ticket.TicketFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;

/** Custom fields per category: HQ's list with a region's additions, asked and checked when a store reports. */
@ChainDeskTest
class CustomFieldApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ApiCaller admin;
	ApiCaller staff1;
	long firstStore;

	@BeforeEach
	void setUp() {
		admin = ApiCaller.as(port, "admin");
		staff1 = ApiCaller.as(port, "staff1");
		firstStore = TicketFixtures.storeId(admin, FIRST_STORE);
	}

	private static List<String> fields(ApiCaller.Reply reply) {
		JsonNode errors = reply.json().get("errors");
		return errors == null ? List.of() : errors.valueStream().map(e -> e.get("field").asString()).toList();
	}

	private static Map<String, Object> report(long store, String category, Map<String, Object> answers) {
		Map<String, Object> body = TicketFixtures.report(store);
		body.put("category", category);
		body.put("fields", answers);
		return body;
	}

	@Test
	void aFormLearnsWhichFieldsACategoryAsksInTheReadersLanguage() {
		JsonNode pos = staff1.get("/api/v1/tickets/fields?category=pos-terminal").json();
		assertThat(pos.valueStream().map(f -> f.get("key").asString())).containsExactly("register");
		assertThat(pos.get(0).get("label").asString()).isEqualTo("收银台号");
		assertThat(pos.get(0).get("required").asBoolean()).isTrue();
		assertThat(pos.get(0).get("type").asString()).isEqualTo("TEXT");
		JsonNode network = staff1.get("/api/v1/tickets/fields?store=" + firstStore + "&category=network-down").json();
		assertThat(network.valueStream().map(f -> f.get("key").asString())).containsExactly("devices", "line");
		assertThat(network.get(1).get("choices").size()).isEqualTo(4);
		assertThat(staff1.get("/api/v1/tickets/fields?category=printer-receipt").json().size()).isZero();
		assertThat(staff1.get("/api/v1/tickets/fields").json().size()).isGreaterThanOrEqualTo(5);
		long other = TicketFixtures.storeId(admin, TicketFixtures.OTHER_STORE);
		assertThat(staff1.get("/api/v1/tickets/fields?store=" + other).status()).isEqualTo(403);
	}

	@Test
	void answersAreCheckedAgainstTheCategorysFieldsNamingEachOne() {
		ApiCaller.Reply missing = staff1.post("/api/v1/tickets", report(firstStore, "pos-terminal", Map.of()));
		assertThat(missing.status()).isEqualTo(422);
		assertThat(fields(missing)).containsExactly("fields.register");

		ApiCaller.Reply unknown = staff1.post("/api/v1/tickets", report(firstStore, "pos-terminal",
				Map.of("register", "03", "shelf", "A-12")));
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(fields(unknown)).containsExactly("fields.shelf");

		ApiCaller.Reply wrong = staff1.post("/api/v1/tickets", report(firstStore, "network-down",
				Map.of("devices", "many", "line", "Carrier pigeon")));
		assertThat(wrong.status()).isEqualTo(422);
		assertThat(fields(wrong)).containsExactlyInAnyOrder("fields.devices", "fields.line");

		ApiCaller.Reply text = staff1.post("/api/v1/tickets", report(firstStore, "pos-terminal", Map.of("register", 3)));
		assertThat(fields(text)).containsExactly("fields.register");
		ApiCaller.Reply date = staff1.post("/api/v1/tickets", report(firstStore, "membership-coupon",
				Map.of("coupon-expiry", "31/12/2026")));
		assertThat(fields(date)).containsExactly("fields.coupon-expiry");

		// Field problems come with every other problem of the report at once.
		Map<String, Object> both = report(firstStore, "pos-terminal", Map.of());
		both.put("subject", "");
		assertThat(fields(staff1.post("/api/v1/tickets", both))).containsExactlyInAnyOrder("subject", "fields.register");
	}

	@Test
	void aTicketKeepsItsAnswersInOneShape() {
		ApiCaller.Reply pos = staff1.post("/api/v1/tickets", report(firstStore, "pos-payment", Map.of("register", " 03 ")));
		assertThat(pos.status()).as(pos.body()).isEqualTo(201);
		long id = pos.json().get("id").asLong();
		assertThat(staff1.get("/api/v1/tickets/" + id).json().get("fields").get("register").asString()).isEqualTo("03");

		ApiCaller.Reply network = staff1.post("/api/v1/tickets", report(firstStore, "network-slow",
				Map.of("devices", "4", "line", "Wi-Fi")));
		assertThat(network.status()).as(network.body()).isEqualTo(201);
		JsonNode answers = network.json().get("fields");
		assertThat(answers.get("devices").isNumber()).isTrue();
		assertThat(answers.get("devices").asInt()).isEqualTo(4);
		assertThat(answers.get("line").asString()).isEqualTo("Wi-Fi");

		JsonNode coupon = staff1.post("/api/v1/tickets", report(firstStore, "membership-coupon",
				Map.of("coupon-expiry", "2026-12-31"))).json();
		assertThat(coupon.get("fields").get("coupon-expiry").asString()).isEqualTo("2026-12-31");
		// A category without fields: nothing asked, nothing kept.
		assertThat(staff1.post("/api/v1/tickets", TicketFixtures.report(firstStore)).json().get("fields").size()).isZero();
	}

	@Test
	void aRegionAddsFieldsForItsStoresButCannotDropHqsRequiredOnes() {
		long region = region();
		long store = store(region);
		List<Map<String, Object>> regional = List.of(
				field("printer", "printer-model", "打印机型号", "TEXT", true, null),
				field("pos", "register", "收银台号（可不填）", "TEXT", false, null),
				field("cctv", "area", "区域", "CHOICE", false, List.of("入口", "收银区", "仓库")));
		ApiCaller.Reply set = admin.put("/api/v1/config/ticket.custom-fields.regional?scope=region:" + region,
				Map.of("value", regional));
		assertThat(set.status()).as(set.body()).isEqualTo(200);

		JsonNode asked = admin.get("/api/v1/tickets/fields?store=" + store + "&category=printer-label").json();
		assertThat(asked.valueStream().map(f -> f.get("key").asString())).containsExactly("printer-model");
		ApiCaller.Reply printer = admin.post("/api/v1/tickets", report(store, "printer-label", Map.of()));
		assertThat(fields(printer)).containsExactly("fields.printer-model");
		assertThat(admin.post("/api/v1/tickets", report(store, "printer-label", Map.of("printer-model", "TSC TTP-244")))
				.status()).isEqualTo(201);
		// HQ's required register stays required: the region's same-named field is ignored.
		assertThat(fields(admin.post("/api/v1/tickets", report(store, "pos-terminal", Map.of())))).containsExactly("fields.register");
		// Stores of other regions are not asked the region's fields.
		assertThat(staff1.post("/api/v1/tickets", TicketFixtures.report(firstStore)).status()).isEqualTo(201);

		// HQ's list is HQ's alone; a region's list must be well formed.
		ApiCaller.Reply hqOnly = admin.put("/api/v1/config/ticket.custom-fields?scope=region:" + region,
				Map.of("value", regional));
		assertThat(hqOnly.status()).isIn(403, 409);
		ApiCaller.Reply bad = admin.put("/api/v1/config/ticket.custom-fields.regional?scope=region:" + region,
				Map.of("value", List.of(field("Printer!", "model", "型号", "CHOICE", false, null))));
		assertThat(bad.status()).isEqualTo(422);
		assertThat(fields(bad)).contains("value[0].category", "value[0].choices");
	}

	private static Map<String, Object> field(String category, String key, String zhCn, String type, boolean required,
			List<String> choices) {
		Map<String, Object> field = new HashMap<>();
		field.put("category", category);
		field.put("key", key);
		field.put("label", Map.of("zh-CN", zhCn));
		field.put("type", type);
		field.put("required", required);
		field.put("choices", choices);
		return field;
	}

	private long region() {
		return TestOrg.region(jdbc, "CF", "{\"zh-CN\":\"字段大区\",\"zh-TW\":\"欄位大區\",\"en\":\"Field region\"}");
	}

	private long store(long region) {
		return TestOrg.store(jdbc, region, "CF-S", "{\"zh-CN\":\"字段门店\",\"zh-TW\":\"欄位門市\",\"en\":\"Field store\"}");
	}
}
