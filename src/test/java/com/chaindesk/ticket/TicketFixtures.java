package com.chaindesk.ticket;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.chaindesk.ApiCaller;
import tools.jackson.databind.JsonNode;

/** Stores, vendors and tickets the ticket tests work with: manager1 and staff1 run SH-XH-01, manager2 GZ-TH-01. */
final class TicketFixtures {

	static final String FIRST_STORE = "SH-XH-01";
	static final String OTHER_STORE = "GZ-TH-01";

	private TicketFixtures() {
	}

	static long storeId(ApiCaller admin, String code) {
		JsonNode content = admin.get("/api/v1/org/stores?q=" + code).json().get("content");
		return content.valueStream().filter(s -> s.get("code").asString().equals(code)).findFirst().orElseThrow()
				.get("id").asLong();
	}

	static long vendorId(ApiCaller admin, String code) {
		return admin.get("/api/v1/org/vendors").json().valueStream().filter(v -> v.get("code").asString().equals(code))
				.findFirst().orElseThrow().get("id").asLong();
	}

	static Map<String, Object> report(long store) {
		Map<String, Object> body = new HashMap<>();
		body.put("type", "INCIDENT");
		body.put("store", store);
		body.put("category", "printer-receipt");
		body.put("subject", "小票打印机不出纸");
		body.put("description", "2号收银台的小票打印机亮红灯，换了纸也不出纸。");
		body.put("impact", "MEDIUM");
		body.put("urgency", "HIGH");
		return body;
	}

	static JsonNode open(ApiCaller caller, long store) {
		ApiCaller.Reply reply = caller.post("/api/v1/tickets", report(store));
		if (reply.status() != 201) {
			throw new IllegalStateException("Opening a ticket failed: " + reply);
		}
		return reply.json();
	}

	/** Stores the queue tests spread tickets over: a page shows many stores, each looked up once per page. */
	static final List<String> SPREAD = List.of("BJ-CY-01", "BJ-CY-02", "BJ-CY-03", "BJ-DC-01", "BJ-HD-01", "BJ-HD-02",
			"TJ-BH-01", "TJ-HP-01", "TJ-HX-01", "NJ-JY-01");

	/** Opens {@code count} tickets over ten stores, every third one held by one of three agents. */
	static void openSpread(ApiCaller admin, int count) {
		List<Long> stores = SPREAD.stream().map(code -> storeId(admin, code)).toList();
		List<String> agents = List.of("agent1", "engineer1", "expert1");
		for (int i = 0; i < count; i++) {
			long id = open(admin, stores.get(i % stores.size())).get("id").asLong();
			if (i % 3 == 0) {
				admin.post("/api/v1/tickets/" + id + "/assign", Map.of("agent", agents.get(i % agents.size()), "version", 0));
			}
		}
	}

	static String token(int port, String username) {
		return ApiCaller.anonymous(port).post("/api/v1/auth/token", Map.of("username", username, "password", "chaindesk"))
				.json().get("token").asString();
	}

	/** Uploads one file as multipart/form-data part {@code file}. */
	static ApiCaller.Reply upload(int port, String token, long ticket, String filename, String contentType, byte[] content) {
		return ApiCaller.withToken(port, token).postMultipart("/api/v1/tickets/" + ticket + "/attachments",
				List.of(ApiCaller.Part.file("file", filename, contentType, content)), null);
	}
}
