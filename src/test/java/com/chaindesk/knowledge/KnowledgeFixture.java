package com.chaindesk.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.chaindesk.ApiCaller;
import tools.jackson.databind.JsonNode;

/** Articles the knowledge tests write through the API, each with a title of its own. */
final class KnowledgeFixture {

	static final String FIRST_STORE = "SH-XH-01";
	static final String OTHER_STORE = "GZ-TH-01";

	private KnowledgeFixture() {
	}

	static String unique(String title) {
		return title + " #" + System.nanoTime() % 1_000_000;
	}

	static Map<String, Object> article(String chapter, String title) {
		Map<String, Object> body = new HashMap<>();
		body.put("chapter", chapter);
		body.put("kind", "FAQ");
		body.put("category", "printer-receipt");
		body.put("language", "zh-CN");
		body.put("title", title);
		body.put("body", "先关机，打开上盖，取出卡住的纸。\n\n再开机测试打印。");
		body.put("tags", List.of("打印机"));
		return body;
	}

	static JsonNode draft(ApiCaller author, Map<String, Object> article) {
		ApiCaller.Reply reply = author.post("/api/v1/knowledge/articles", article);
		if (reply.status() != 201) {
			throw new IllegalStateException("Drafting failed: " + reply);
		}
		return reply.json();
	}

	/** Drafts, submits and has {@code reviewer} approve: a live article. */
	static JsonNode publish(ApiCaller author, ApiCaller reviewer, Map<String, Object> article) {
		JsonNode draft = draft(author, article);
		long id = draft.get("id").asLong();
		JsonNode submitted = author.post("/api/v1/knowledge/articles/" + id + "/submit", Map.of("version", draft.get("version").asInt())).json();
		ApiCaller.Reply approved = reviewer.post("/api/v1/knowledge/articles/" + id + "/approve",
				Map.of("version", submitted.get("version").asInt()));
		if (approved.status() != 200) {
			throw new IllegalStateException("Approving failed: " + approved);
		}
		return approved.json();
	}

	static long storeId(ApiCaller admin, String code) {
		JsonNode content = admin.get("/api/v1/org/stores?q=" + code).json().get("content");
		return content.valueStream().filter(s -> s.get("code").asString().equals(code)).findFirst().orElseThrow()
				.get("id").asLong();
	}

	static long regionOf(ApiCaller admin, String code) {
		JsonNode content = admin.get("/api/v1/org/stores?q=" + code).json().get("content");
		JsonNode store = content.valueStream().filter(s -> s.get("code").asString().equals(code)).findFirst().orElseThrow();
		return store.get("regionId") != null ? store.get("regionId").asLong() : store.get("region").asLong();
	}

	static List<String> fields(ApiCaller.Reply reply) {
		JsonNode errors = reply.json().get("errors");
		return errors == null ? List.of() : errors.valueStream().map(e -> e.get("field").asString()).toList();
	}

	static List<Long> ids(ApiCaller.Reply reply) {
		return reply.json().valueStream().map(n -> n.get("id").asLong()).toList();
	}
}
