package com.chaindesk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the running application's API over real HTTP, the way an integration would: sign in for a token, then
 * send JSON with it.
 */
public final class ApiCaller {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String base;
	private final String token;

	private ApiCaller(String base, String token) {
		this.base = base;
		this.token = token;
	}

	public static ApiCaller anonymous(int port) {
		return new ApiCaller("http://localhost:" + port, null);
	}

	/** Signs in with the demo password and keeps the token. */
	public static ApiCaller as(int port, String username) {
		return as(port, username, "chaindesk");
	}

	public static ApiCaller as(int port, String username, String password) {
		ApiCaller anonymous = anonymous(port);
		Reply reply = anonymous.post("/api/v1/auth/token", Map.of("username", username, "password", password));
		if (reply.status() != 200) {
			throw new IllegalStateException("Sign-in of " + username + " failed: " + reply.status() + " " + reply.body());
		}
		return new ApiCaller(anonymous.base, reply.json().get("token").asString());
	}

	public static ApiCaller withToken(int port, String token) {
		return new ApiCaller("http://localhost:" + port, token);
	}

	public Reply get(String path) {
		return send(request(path).GET());
	}

	public Reply post(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(text(body))));
	}

	public Reply put(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(text(body))));
	}

	public Reply delete(String path) {
		return send(request(path).DELETE());
	}

	/** Sends a raw body with the given content type, for CSV uploads and malformed JSON. */
	public Reply postRaw(String path, String contentType, String body) {
		return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	public Reply putRaw(String path, String contentType, String body) {
		return send(request(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * Posts multipart/form-data (file uploads, ticket drafts), optionally in a language; a minute's time, since a photo
	 * or a voice note is read by an outside program.
	 */
	public Reply postMultipart(String path, List<Part> parts, String language) {
		String boundary = "----chaindesk" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Part part : parts) {
			StringBuilder head = new StringBuilder("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
					.append(part.name()).append('"');
			if (part.filename() != null) {
				head.append("; filename=\"").append(part.filename()).append("\"\r\nContent-Type: ").append(part.contentType());
			}
			body.writeBytes(head.append("\r\n\r\n").toString().getBytes(StandardCharsets.UTF_8));
			body.writeBytes(part.bytes());
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder builder = request(path).timeout(Duration.ofSeconds(60))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		if (language != null) {
			builder.header("Accept-Language", language);
		}
		return send(builder);
	}

	/** One part of a multipart body: a plain field, or a file when it has a filename. */
	public record Part(String name, String filename, String contentType, byte[] bytes) {

		public static Part field(String name, String value) {
			return new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
		}

		public static Part file(String name, String filename, String contentType, byte[] bytes) {
			return new Part(name, filename, contentType, bytes);
		}
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
				.header("Accept", "application/json, application/problem+json");
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		return builder;
	}

	private static String text(Object body) {
		return body instanceof String s ? s : JSON.writeValueAsString(body);
	}

	private static Reply send(HttpRequest.Builder builder) {
		try {
			HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.body(), response.headers().firstValue("Content-Type").orElse(""));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** What came back. */
	public record Reply(int status, String body, String contentType) {

		public JsonNode json() {
			return JSON.readTree(body);
		}

		@Override
		public String toString() {
			return status + " " + body;
		}
	}
}
