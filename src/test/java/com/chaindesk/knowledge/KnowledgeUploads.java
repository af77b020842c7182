package com.chaindesk.knowledge;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
		String boundary = "----chaindesk" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\n" + purpose + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/knowledge/articles/" + article + "/files"))
				.header("Authorization", "Bearer " + token).header("Accept", "application/json, application/problem+json")
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
		try {
			HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
			return new ApiCaller.Reply(response.statusCode(), response.body(), response.headers().firstValue("Content-Type").orElse(""));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
