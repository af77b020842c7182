package com.chaindesk.assist.voice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.chaindesk.assist.EngineFailure;
import com.chaindesk.assist.SpeechEngine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A full ASR server the chain runs itself, over its own HTTP API:
 * <ul>
 * <li>{@link Dialect#WHISPER}: whisper.cpp's {@code whisper-server}, {@code POST /inference} multipart with the
 * {@code file} part, {@code language=zh}, {@code response_format=verbose_json}; errors come as {@code {"error": …}},
 * usually with HTTP 200;</li>
 * <li>{@link Dialect#FUNASR}: FunASR's Python HTTP server, {@code POST /recognition} multipart with the {@code audio}
 * part; answers {@code {"text", "sentences", "code": 0}}, errors as {@code {"msg", "code": 1 | -1}} with HTTP 200.</li>
 * </ul>
 * Sends the converted 16 kHz WAV. A server that is down, slow or answers an error is an {@link EngineFailure}.
 */
class AsrServerEngine implements SpeechEngine {

	enum Dialect {
		WHISPER("whisper.cpp", "/inference", "file"), FUNASR("funasr", "/recognition", "audio");

		final String engineName;
		final String path;
		final String filePart;

		Dialect(String engineName, String path, String filePart) {
			this.engineName = engineName;
			this.path = path;
			this.filePart = filePart;
		}
	}

	/** Above this, whisper thinks a segment is silence or noise rather than speech. */
	private static final double NO_SPEECH = 0.6;

	private final Dialect dialect;
	private final URI endpoint;
	private final Duration timeout;
	private final String prompt;
	private final HttpClient http;
	private final JsonMapper json = JsonMapper.builder().build();

	AsrServerEngine(Dialect dialect, String serverUrl, Duration timeout, String prompt) {
		if (serverUrl == null || serverUrl.isBlank()) {
			throw new IllegalArgumentException("chaindesk.assist.speech.server-url is required for " + dialect.engineName);
		}
		this.dialect = dialect;
		this.endpoint = URI.create(serverUrl.replaceAll("/+$", "") + dialect.path);
		this.timeout = timeout;
		this.prompt = prompt;
		this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	}

	@Override
	public String name() {
		return dialect.engineName;
	}

	@Override
	public Transcript transcribe(Path wav16kMono) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (dialect == Dialect.WHISPER) {
			fields.put("language", "zh");
			fields.put("response_format", "verbose_json");
			fields.put("temperature", "0.0");
			if (prompt != null && !prompt.isBlank()) {
				fields.put("prompt", prompt);
			}
		}
		String boundary = "chaindesk-" + UUID.randomUUID();
		HttpRequest request;
		try {
			request = HttpRequest.newBuilder(endpoint).timeout(timeout)
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, fields, Files.readAllBytes(wav16kMono))))
					.build();
		}
		catch (IOException e) {
			throw new EngineFailure("the converted note could not be read", e);
		}
		HttpResponse<String> response;
		try {
			response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new EngineFailure(dialect.engineName + " server at " + endpoint + " did not answer: " + e, e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new EngineFailure("interrupted while waiting for " + dialect.engineName, e);
		}
		JsonNode body;
		try {
			body = json.readTree(response.body());
		}
		catch (RuntimeException e) {
			throw new EngineFailure(dialect.engineName + " answered " + response.statusCode() + " without JSON");
		}
		if (response.statusCode() / 100 != 2) {
			throw new EngineFailure(dialect.engineName + " answered " + response.statusCode() + ": " + message(body));
		}
		return dialect == Dialect.WHISPER ? whisper(body) : funasr(body);
	}

	private Transcript whisper(JsonNode body) {
		if (body.has("error")) {
			throw new EngineFailure("whisper.cpp: " + body.get("error").asString());
		}
		String text = joined(body.path("text").asString(""));
		JsonNode segments = body.path("segments");
		if (segments.isArray() && !segments.isEmpty()) {
			double logprob = 0;
			boolean allSilence = true;
			for (JsonNode segment : segments) {
				logprob += segment.path("avg_logprob").asDouble(0);
				allSilence &= segment.path("no_speech_prob").asDouble(0) > NO_SPEECH;
			}
			if (allSilence || text.isEmpty()) {
				return new Transcript("", 0, false);
			}
			return new Transcript(text, Math.min(1, Math.exp(logprob / segments.size())), true);
		}
		return text.isEmpty() ? new Transcript("", 0, false) : new Transcript(text, 1.0, true);
	}

	private Transcript funasr(JsonNode body) {
		int code = body.path("code").asInt(0);
		if (code != 0) {
			throw new EngineFailure("funasr code " + code + ": " + message(body));
		}
		String text = joined(body.path("text").asString(""));
		// The server gives no confidence: a non-empty answer is taken as it is.
		return text.isEmpty() ? new Transcript("", 0, false) : new Transcript(text, 1.0, true);
	}

	private static String message(JsonNode body) {
		for (String key : new String[] { "error", "msg", "message", "detail" }) {
			if (body.hasNonNull(key)) {
				return body.get(key).toString();
			}
		}
		return body.toString();
	}

	/** whisper ends every segment with a newline; FunASR may put spaces between Chinese words. */
	private static String joined(String text) {
		return text.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce((a, b) -> a + " " + b).orElse("")
				.replaceAll("(?<=\\p{IsHan}) +(?=\\p{IsHan})", "");
	}

	private byte[] multipart(String boundary, Map<String, String> fields, byte[] wav) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		fields.forEach((name, value) -> write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
				+ "\"\r\n\r\n" + value + "\r\n"));
		write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + dialect.filePart
				+ "\"; filename=\"note.wav\"\r\nContent-Type: audio/wav\r\n\r\n");
		out.writeBytes(wav);
		write(out, "\r\n--" + boundary + "--\r\n");
		return out.toByteArray();
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}
}
