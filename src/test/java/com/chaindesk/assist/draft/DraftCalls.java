package com.chaindesk.assist.draft;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.chaindesk.ApiCaller;

/** Multipart calls of {@code POST /api/v1/assist/ticket-draft} as a signed-in user, in a chosen language. */
final class DraftCalls {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final int port;
	private final String token;
	private final List<Part> parts = new ArrayList<>();
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
		parts.add(new Part("text", null, null, text.getBytes(StandardCharsets.UTF_8)));
		return this;
	}

	DraftCalls store(long store) {
		parts.add(new Part("store", null, null, Long.toString(store).getBytes(StandardCharsets.UTF_8)));
		return this;
	}

	DraftCalls file(String field, String filename, String contentType, byte[] bytes) {
		parts.add(new Part(field, filename, contentType, bytes));
		return this;
	}

	DraftCalls in(String language) {
		this.language = language;
		return this;
	}

	ApiCaller.Reply send() {
		String boundary = "----draft" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Part part : parts) {
			StringBuilder head = new StringBuilder("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
					.append(part.name()).append('"');
			if (part.filename() != null) {
				head.append("; filename=\"").append(part.filename()).append("\"\r\nContent-Type: ").append(part.contentType());
			}
			head.append("\r\n\r\n");
			body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
			body.writeBytes(part.bytes());
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/assist/ticket-draft"))
				.timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
				.header("Accept", "application/json, application/problem+json").header("Accept-Language", language)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
		try {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			return new ApiCaller.Reply(response.statusCode(), response.body(),
					response.headers().firstValue("Content-Type").orElse(""));
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private record Part(String name, String filename, String contentType, byte[] bytes) {
	}
}
