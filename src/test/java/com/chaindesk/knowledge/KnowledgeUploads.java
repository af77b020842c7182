package com.chaindesk.knowledge;

import java.util.List;
import java.util.Map;

import com.chaindesk.ApiCaller;

/** Multipart uploads of article files over real HTTP. */
final class KnowledgeUploads {

	private KnowledgeUploads() {
	}

	static String token(int port, String username) {
		return ApiCaller.anonymous(port).post("/api/v1/auth/token", Map.of("username", username, "password", "chaindesk"))
				.json().get("token").asString();
	}

	/** A real 1×1 PNG. */
	static byte[] png() {
		return java.util.Base64.getDecoder().decode(
				"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
	}

	static ApiCaller.Reply upload(int port, String token, long article, String purpose, String filename, String contentType,
			byte[] content) {
		return ApiCaller.withToken(port, token).postMultipart("/api/v1/knowledge/articles/" + article + "/files",
				List.of(ApiCaller.Part.field("purpose", purpose), ApiCaller.Part.file("file", filename, contentType, content)), null);
	}
}
