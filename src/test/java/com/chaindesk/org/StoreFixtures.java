package com.chaindesk.org;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.chaindesk.ApiCaller;
import tools.jackson.databind.JsonNode;

/** Store bodies for API tests: valid unless a test breaks them on purpose, with codes no other test uses. */
final class StoreFixtures {

	private static final AtomicInteger NEXT = new AtomicInteger();

	private StoreFixtures() {
	}

	static String uniqueCode(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase() + NEXT.incrementAndGet();
	}

	static Map<String, Object> store(String code, long regionId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("code", code);
		body.put("name", Map.of("zh-CN", "测试店 " + code, "en", "Test " + code));
		body.put("regionId", regionId);
		body.put("city", "上海");
		body.put("address", "徐汇区测试路1号");
		body.put("latitude", 31.19);
		body.put("longitude", 121.43);
		body.put("timeZone", "Asia/Shanghai");
		body.put("locale", "zh-CN");
		body.put("sizeClass", "M");
		Map<String, List<String>> hours = new LinkedHashMap<>();
		for (String day : List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")) {
			hours.put(day, List.of("10:00-22:00"));
		}
		body.put("openingHours", hours);
		return body;
	}

	static long regionId(ApiCaller admin, String code) {
		return admin.get("/api/v1/org/regions").json().valueStream().filter(r -> r.get("code").asString().equals(code))
				.findFirst().orElseThrow().get("id").asLong();
	}

	static JsonNode storeByCode(ApiCaller admin, String code) {
		JsonNode content = admin.get("/api/v1/org/stores?q=" + code).json().get("content");
		return content.valueStream().filter(s -> s.get("code").asString().equals(code)).findFirst().orElseThrow();
	}

	/** The fields an error body names. */
	static List<String> fields(ApiCaller.Reply reply) {
		JsonNode errors = reply.json().get("errors");
		return errors == null ? List.of() : errors.valueStream().map(e -> e.get("field").asString()).toList();
	}
}
