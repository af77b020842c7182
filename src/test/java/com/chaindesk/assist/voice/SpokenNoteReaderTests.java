package com.chaindesk.assist.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import com.chaindesk.assist.EngineFailure;
import com.chaindesk.assist.MediaRejected;
import com.chaindesk.assist.MediaUpload;
import com.chaindesk.assist.SpeechEngine;
import com.chaindesk.assist.VoiceReading;
import com.chaindesk.assist.photo.AssistMessages;
import com.chaindesk.assist.photo.process.ExternalProgram;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.i18n.LocaleContextHolder;

/** Voice notes as store staff send them, through conversion and the offline recogniser. */
class SpokenNoteReaderTests {

	@TempDir
	Path dir;

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void wavMp3AmrAndWebmReachTheEngineAs16kMonoWavWhateverTheirName() throws Exception {
		assumeTools("espeak-ng", "sox", "ffmpeg");
		Path wav = SynthesizedNote.mandarin("jam", "da3 yin4 ji1 ka3 zhi3", "打印机卡纸", "printer").wav(dir);
		List<String> heard = new ArrayList<>();
		SpeechEngine listening = new SpeechEngine() {
			@Override
			public String name() {
				return "listening";
			}

			@Override
			public Transcript transcribe(Path note) {
				heard.add(header(note));
				return new Transcript("打印机卡纸", 0.9, true);
			}
		};
		SpokenNoteReader reader = reader(listening);
		for (String format : List.of("wav", "mp3", "amr", "webm")) {
			byte[] bytes = Files.readAllBytes(encode(wav, format));
			VoiceReading reading = reader.read(new MediaUpload("audio", "voice-note.bin", "application/octet-stream", bytes));
			assertThat(reading.recognized()).as(format).isTrue();
			assertThat(reading.text()).isEqualTo("打印机卡纸");
		}
		assertThat(heard).hasSize(4).allMatch(h -> h.equals("16000 Hz, 1 channel, 16 bit"), "16 kHz mono 16-bit");
	}

	@Test
	void spokenNotesAreHeardAsTheChainsOwnWordsInChinese() throws Exception {
		assumeTools("espeak-ng", "sox", "ffmpeg", "pocketsphinx_continuous");
		SpokenNoteReader reader = reader(pocketsphinx());
		for (SynthesizedNote note : List.of(
				SynthesizedNote.mandarin("printer-jam", "da3 yin4 ji1 ka3 zhi3", "打印机卡纸", "printer"),
				SynthesizedNote.mandarin("points", "ji1 fen1 wen4 ti2", "积分问题", "membership-points"),
				SynthesizedNote.mandarin("slow", "wang3 su4 man4", "网速慢", "network-slow"))) {
			// WAV: the other containers are covered above; lossy re-encoding costs the offline recogniser accuracy.
			byte[] wav = Files.readAllBytes(note.wav(dir));
			VoiceReading reading = reader.read(new MediaUpload("audio", note.name() + ".wav", "audio/wav", wav));
			assertThat(reading.recognized()).as(note.name()).isTrue();
			assertThat(reading.text()).isEqualTo(note.said());
			assertThat(reading.engine()).isEqualTo("pocketsphinx");
			assertThat(reading.warnings()).isEmpty();
		}
	}

	@Test
	void whiteNoiseAndAnEnglishSentenceAreRejectedNotForcedIntoAPhrase() throws Exception {
		assumeTools("espeak-ng", "sox", "pocketsphinx_continuous");
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		SpokenNoteReader reader = reader(pocketsphinx());
		Path english = new SynthesizedNote("english", "en-us", "hello this is a test of the voice system", 160, 50, "", null)
				.wav(dir);
		for (Path note : List.of(SynthesizedNote.whiteNoise(dir, 3), english)) {
			VoiceReading reading = reader.read(new MediaUpload("audio", "note.wav", "audio/wav", Files.readAllBytes(note)));
			assertThat(reading.recognized()).as(note.getFileName().toString()).isFalse();
			assertThat(reading.text()).isEmpty();
			assertThat(reading.warnings()).singleElement().asString().contains("没有听清");
		}
	}

	@Test
	void anUnsupportedFormatIsRefusedNamingTheAudioField() {
		SpokenNoteReader reader = reader(pocketsphinx());
		byte[] ogg = "OggS\0\2\0\0\0\0\0\0\0\0 rest of an ogg page".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		byte[] text = "打印机卡纸".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		for (byte[] bytes : List.of(ogg, text)) {
			assertThatThrownBy(() -> reader.read(new MediaUpload("audio", "note.mp3", "audio/mpeg", bytes)))
					.isInstanceOfSatisfying(MediaRejected.class, rejected -> {
						assertThat(rejected.field()).isEqualTo("audio");
						assertThat(rejected.reason()).isEqualTo(MediaRejected.Reason.UNSUPPORTED);
						assertThat(rejected.getMessage()).contains("wav").contains("amr");
					});
		}
	}

	@Test
	void aCorruptNoteIsRefusedNamingTheAudioField() {
		assumeTools("sox", "ffmpeg");
		SpokenNoteReader reader = reader(pocketsphinx());
		byte[] junk = new byte[4000];
		new Random(7).nextBytes(junk);
		for (byte[] header : List.of("RIFF\u0010\u0000\u0000\u0000WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
				"ID3\u0004\u0000\u0000\u0000\u0000\u0000\u0000".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
				new byte[] { 0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, 0x01, 0x00 })) {
			byte[] bytes = new byte[header.length + junk.length];
			System.arraycopy(header, 0, bytes, 0, header.length);
			System.arraycopy(junk, 0, bytes, header.length, junk.length);
			assertThatThrownBy(() -> reader.read(new MediaUpload("audio", "note", null, bytes)))
					.as(new String(header, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1))
					.isInstanceOfSatisfying(MediaRejected.class, rejected -> {
						assertThat(rejected.field()).isEqualTo("audio");
						assertThat(rejected.reason()).isEqualTo(MediaRejected.Reason.CORRUPT);
					});
		}
	}

	@Test
	void aNoteLongerThanTheLimitIsRefused() throws Exception {
		assumeTools("sox", "ffmpeg");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		Path longNote = SynthesizedNote.whiteNoise(dir, 65);
		assertThatThrownBy(() -> reader(pocketsphinx()).read(new MediaUpload("audio", "long.wav", "audio/wav",
				Files.readAllBytes(longNote))))
				.isInstanceOfSatisfying(MediaRejected.class, rejected -> {
					assertThat(rejected.field()).isEqualTo("audio");
					assertThat(rejected.getMessage()).contains("longer than 60 seconds");
				});
	}

	@Test
	void aMissingOrFailingEngineGivesAnUnrecognisedReadingWithAWarning() throws Exception {
		assumeTools("sox", "ffmpeg");
		LocaleContextHolder.setLocale(Locale.TRADITIONAL_CHINESE);
		byte[] note = Files.readAllBytes(SynthesizedNote.whiteNoise(dir, 1));
		SpokenNoteReader missing = reader(new PocketsphinxEngine(ChainVoiceNotes::vocabulary, new PocketsphinxEngine.Setup(
				"/nonexistent/pocketsphinx_continuous", Path.of("/usr/share/pocketsphinx/model/en-us/en-us"), "3e-5",
				Duration.ofSeconds(30), true, List.of())));
		VoiceReading unavailable = missing.read(new MediaUpload("audio", "n.wav", "audio/wav", note));
		assertThat(unavailable.recognized()).isFalse();
		assertThat(unavailable.warnings()).singleElement().asString().contains("語音辨識暫不可用");
		SpokenNoteReader failing = reader(new SpeechEngine() {
			@Override
			public String name() {
				return "broken";
			}

			@Override
			public Transcript transcribe(Path wav) {
				throw new EngineFailure("model file damaged");
			}
		});
		VoiceReading failed = failing.read(new MediaUpload("audio", "n.wav", "audio/wav", note));
		assertThat(failed.recognized()).isFalse();
		assertThat(failed.engine()).isEqualTo("broken");
		assertThat(failed.warnings()).singleElement().asString().contains("語音辨識失敗");
	}

	static SpokenNoteReader reader(SpeechEngine engine) {
		return new SpokenNoteReader(engine, AssistMessages.bundle(), 10 * 1024 * 1024, 60, Duration.ofSeconds(60));
	}

	static PocketsphinxEngine pocketsphinx() {
		return new PocketsphinxEngine(ChainVoiceNotes::vocabulary, new PocketsphinxEngine.Setup("pocketsphinx_continuous",
				Path.of("/usr/share/pocketsphinx/model/en-us/en-us"), "3e-5", Duration.ofSeconds(60), true, List.of()));
	}

	/** The note in another container, as a phone, an IM app or a browser sends it. */
	Path encode(Path wav, String format) {
		Path out = dir.resolve(wav.getFileName() + "." + format);
		List<String> command = switch (format) {
			case "wav" -> List.of("sox", wav.toString(), out.toString());
			case "mp3" -> List.of("ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-i", wav.toString(), "-c:a", "libmp3lame", out.toString());
			case "webm" -> List.of("ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-i", wav.toString(), "-c:a", "libopus", out.toString());
			case "amr" -> List.of("sox", wav.toString(), "-r", "8000", "-c", "1", "-t", "amr-nb", out.toString());
			default -> throw new IllegalArgumentException(format);
		};
		var outcome = ExternalProgram.run(command, null, Duration.ofSeconds(60));
		assertThat(outcome.succeeded()).as(format + ": " + outcome.stderr()).isTrue();
		return out;
	}

	static String header(Path wav) {
		try {
			ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(wav)).order(ByteOrder.LITTLE_ENDIAN);
			return b.getInt(24) + " Hz, " + b.getShort(22) + " channel, " + b.getShort(34) + " bit";
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	static void assumeTools(String... programs) {
		for (String program : programs) {
			Assumptions.assumeTrue(ExternalProgram.installed(program), program
					+ " is not installed (apt-get install pocketsphinx pocketsphinx-en-us espeak-ng sox libsox-fmt-all ffmpeg): voice test skipped");
		}
	}
}
