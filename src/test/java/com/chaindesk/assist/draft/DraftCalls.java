package com.chaindesk.assist.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.chaindesk.ApiCaller;

/** Multipart calls of {@code POST /api/v1/assist/ticket-draft} as a signed-in user, in a chosen language. */
final class DraftCalls {

	private final int port;
	private final String token;
	private final List<ApiCaller.Part> parts = new ArrayList<>();
	private String language = "zh-CN";

	private DraftCalls(int port, String token) {
		this.port = port;
		this.token = token;
	}

	static DraftCalls as(int port, String username) {
		String token = ApiCaller.anonymous(port).post("/api/v1/auth/token", Map.of("username", username, "password", "chaindesk"))
				.json().get("token").asString();
		return new DraftCalls(port, token);
	}

	DraftCalls text(String text) {
		parts.add(ApiCaller.Part.field("text", text));
		return this;
	}

	DraftCalls store(long store) {
		parts.add(ApiCaller.Part.field("store", Long.toString(store)));
		return this;
	}

	DraftCalls file(String field, String filename, String contentType, byte[] bytes) {
		parts.add(ApiCaller.Part.file(field, filename, contentType, bytes));
		return this;
	}

	DraftCalls in(String language) {
		this.language = language;
		return this;
	}

	ApiCaller.Reply send() {
		return ApiCaller.withToken(port, token).postMultipart("/api/v1/assist/ticket-draft",
				parts, language);
	}
}
