package com.chaindesk.assist.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.chaindesk.assist.MediaUpload;
import com.chaindesk.assist.VoiceReading;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The adapter for a chain's own ASR server against local stand-ins that speak whisper.cpp's {@code POST /inference}
 * and FunASR's {@code POST /recognition}: multipart in, their JSON out, including the errors both send with HTTP 200.
 */
class AsrServerEngineTests {

	@TempDir
	Path dir;

	private HttpServer server;
	private final AtomicReference<Map<String, byte[]>> received = new AtomicReference<>();
	private final AtomicReference<String> receivedPath = new AtomicReference<>();
	private volatile int status = 200;
	private volatile String reply = "{}";
	private volatile long delayMillis;

	@BeforeEach
	void standIn() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", this::answer);
		server.start();
	}

	@AfterEach
	void stop() {
		server.stop(0);
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void whisperGetsTheNoteAsFileWithLanguageAndItsTextComesBack() throws Exception {
		reply = """
				{"task":"transcribe","language":"chinese","duration":1.6,"text":"打印机卡纸了\\n",
				 "segments":[{"id":0,"text":"打印机卡纸了","start":0.0,"end":1.6,"avg_logprob":-0.105,"no_speech_prob":0.01}]}
				""";
		VoiceReading reading = reader(AsrServerEngine.Dialect.WHISPER).read(mp3Note());
		assertThat(receivedPath.get()).isEqualTo("/inference");
		assertThat(received.get()).containsKeys("file", "language", "response_format");
		assertThat(new String(received.get().get("language"), StandardCharsets.UTF_8)).isEqualTo("zh");
		assertThat(new String(received.get().get("file"), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("RIFF");
		assertThat(SpokenNoteReaderTests.header(Files.write(dir.resolve("sent.wav"), received.get().get("file"))))
				.isEqualTo("16000 Hz, 1 channel, 16 bit");
		assertThat(reading.recognized()).isTrue();
		assertThat(reading.text()).isEqualTo("打印机卡纸了");
		assertThat(reading.engine()).isEqualTo("whisper.cpp");
		assertThat(reading.confidence()).isBetween(0.89, 0.91);
	}

	@Test
	void whisperErrorsThatComeWithStatus200BecomeAWarning() throws Exception {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		reply = "{\"error\":\"failed to read audio data\"}";
		VoiceReading reading = reader(AsrServerEngine.Dialect.WHISPER).read(mp3Note());
		assertThat(reading.recognized()).isFalse();
		assertThat(reading.warnings()).singleElement().asString().contains("Speech recognition failed");
		status = 500;
		reply = "{\"error\":\"failed to process audio\"}";
		assertThat(reader(AsrServerEngine.Dialect.WHISPER).read(mp3Note()).warnings()).hasSize(1);
	}

	@Test
	void whisperHearingOnlyNoiseIsNotRecognised() throws Exception {
		reply = """
				{"text":"(音乐)\\n","segments":[{"id":0,"text":"(音乐)","avg_logprob":-1.2,"no_speech_prob":0.93}]}
				""";
		VoiceReading reading = reader(AsrServerEngine.Dialect.WHISPER).read(mp3Note());
		assertThat(reading.recognized()).isFalse();
		assertThat(reading.text()).isEmpty();
	}

	@Test
	void funasrGetsTheNoteAsAudioAndItsTextComesBack() throws Exception {
		reply = "{\"text\":\"扫码枪 没 反应\",\"sentences\":[{\"text\":\"扫码枪没反应\",\"start\":880,\"end\":880}],\"code\":0}";
		VoiceReading reading = reader(AsrServerEngine.Dialect.FUNASR).read(mp3Note());
		assertThat(receivedPath.get()).isEqualTo("/recognition");
		assertThat(received.get()).containsKey("audio");
		assertThat(reading.recognized()).isTrue();
		assertThat(reading.text()).isEqualTo("扫码枪没反应");
		assertThat(reading.engine()).isEqualTo("funasr");
	}

	@Test
	void funasrErrorsAndEmptyAnswersAreHandled() throws Exception {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		reply = "{\"msg\":\"读取音频文件发生错误\",\"code\":1}";
		VoiceReading failed = reader(AsrServerEngine.Dialect.FUNASR).read(mp3Note());
		assertThat(failed.recognized()).isFalse();
		assertThat(failed.warnings()).singleElement().asString().contains("语音识别失败");
		reply = "{\"text\":\"\",\"sentences\":[],\"code\":0}";
		VoiceReading empty = reader(AsrServerEngine.Dialect.FUNASR).read(mp3Note());
		assertThat(empty.recognized()).isFalse();
		assertThat(empty.warnings()).singleElement().asString().contains("没有听清");
	}

	@Test
	void aServerThatIsDownOrTooSlowGivesAWarningNotAnError() throws Exception {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		delayMillis = 3000;
		reply = "{\"text\":\"太慢了\",\"code\":0}";
		VoiceReading slow = new SpokenNoteReader(new AsrServerEngine(AsrServerEngine.Dialect.FUNASR, url(),
				Duration.ofMillis(500), ""), com.chaindesk.assist.photo.AssistMessages.bundle(), 10_000_000, 60,
				Duration.ofSeconds(30)).read(mp3Note());
		assertThat(slow.recognized()).isFalse();
		assertThat(slow.warnings()).hasSize(1);
		server.stop(0);
		VoiceReading down = reader(AsrServerEngine.Dialect.WHISPER).read(mp3Note());
		assertThat(down.recognized()).isFalse();
		assertThat(down.warnings()).singleElement().asString().contains("Speech recognition failed");
	}

	private SpokenNoteReader reader(AsrServerEngine.Dialect dialect) {
		return SpokenNoteReaderTests.reader(new AsrServerEngine(dialect, url(), Duration.ofSeconds(10), "打印机，扫码枪"));
	}

	private String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
	}

	private MediaUpload mp3Note() throws Exception {
		SpokenNoteReaderTests.assumeTools("sox", "ffmpeg");
		Path noise = SynthesizedNote.whiteNoise(dir, 1);
		Path mp3 = dir.resolve("note.mp3");
		var outcome = com.chaindesk.assist.photo.process.ExternalProgram.run(List.of("ffmpeg", "-nostdin", "-loglevel",
				"error", "-y", "-i", noise.toString(), "-c:a", "libmp3lame", mp3.toString()), null, Duration.ofSeconds(30));
		assertThat(outcome.succeeded()).isTrue();
		return new MediaUpload("audio", "note.mp3", "audio/mpeg", Files.readAllBytes(mp3));
	}

	private void answer(HttpExchange exchange) throws IOException {
		try (exchange) {
			receivedPath.set(exchange.getRequestURI().getPath());
			String type = exchange.getRequestHeaders().getFirst("Content-Type");
			byte[] body = exchange.getRequestBody().readAllBytes();
			if (!"POST".equals(exchange.getRequestMethod()) || type == null || !type.startsWith("multipart/form-data")) {
				send(exchange, 400, "{\"error\":\"expected a multipart POST\"}");
				return;
			}
			received.set(parts(body, type.substring(type.indexOf("boundary=") + 9)));
			if (delayMillis > 0) {
				Thread.sleep(delayMillis);
			}
			send(exchange, status, reply);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static void send(HttpExchange exchange, int code, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(code, bytes.length);
		exchange.getResponseBody().write(bytes);
	}

	/** A small multipart/form-data reader: part name to its bytes, as the real servers read them. */
	private static Map<String, byte[]> parts(byte[] body, String boundary) {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
		int at = indexOf(body, delimiter, 0);
		while (at >= 0) {
			int headerStart = at + delimiter.length + 2;
			int headerEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headerStart);
			int next = indexOf(body, delimiter, headerStart);
			if (headerEnd < 0 || next < 0) {
				break;
			}
			String headers = new String(body, headerStart, headerEnd - headerStart, StandardCharsets.UTF_8);
			String name = headers.replaceAll("(?s)^.*?[; ]name=\"([^\"]+)\".*$", "$1");
			byte[] content = java.util.Arrays.copyOfRange(body, headerEnd + 4, next - 2);
			parts.put(name, content);
			at = next;
		}
		return parts;
	}

	private static int indexOf(byte[] data, byte[] pattern, int from) {
		outer: for (int i = from; i <= data.length - pattern.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (data[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
