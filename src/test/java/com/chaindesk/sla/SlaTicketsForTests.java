package com.chaindesk.sla;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.chaindesk.ApiCaller;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Opening tickets and reading their clocks through the API, for the SLA operations tests. */
public final class SlaTicketsForTests {

	private SlaTicketsForTests() {
	}

	public static long storeId(int port, String code) {
		JsonNode content = ApiCaller.as(port, "admin").get("/api/v1/org/stores?q=" + code).json().get("content");
		return content.valueStream().filter(s -> s.get("code").asString().equals(code)).findFirst().orElseThrow()
				.get("id").asLong();
	}

	public static JsonNode open(ApiCaller caller, long store, String category, String impact, String urgency) {
		Map<String, Object> body = new HashMap<>();
		body.put("type", "INCIDENT");
		body.put("store", store);
		body.put("category", category);
		body.put("subject", "收银机无法开机");
		body.put("description", "3号收银台按电源键没有反应。");
		body.put("impact", impact);
		body.put("urgency", urgency);
		if (category.startsWith("pos")) {
			body.put("fields", Map.of("register", "03")); // POS reports name the register
		}
		ApiCaller.Reply reply = caller.post("/api/v1/tickets", body);
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return reply.json();
	}

	/** The ticket's clocks once the asynchronous listeners have caught up. */
	public static JsonNode clocks(ApiCaller caller, long ticket, Predicate<JsonNode> ready) {
		JsonNode[] last = new JsonNode[1];
		await().atMost(15, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(100)).until(() -> {
			ApiCaller.Reply reply = caller.get("/api/v1/sla/tickets/" + ticket);
			last[0] = reply.status() == 200 ? reply.json() : null;
			return last[0] != null && ready.test(last[0]);
		});
		return last[0];
	}

	public static JsonNode clock(JsonNode sla, String kind) {
		return sla.get("clocks").valueStream().filter(c -> c.get("kind").asString().equals(kind)).findFirst().orElse(null);
	}

	public static boolean clockIn(JsonNode sla, String kind, String state) {
		JsonNode clock = clock(sla, kind);
		return clock != null && clock.get("state").asString().equals(state);
	}

	public static int version(ApiCaller caller, long ticket) {
		return caller.get("/api/v1/tickets/" + ticket).json().get("version").asInt();
	}
}
