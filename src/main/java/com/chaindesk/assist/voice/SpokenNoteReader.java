package com.chaindesk.assist.voice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import com.chaindesk.assist.EngineFailure;
import com.chaindesk.assist.MediaRejected;
import com.chaindesk.assist.MediaRejected.Reason;
import com.chaindesk.assist.MediaUpload;
import com.chaindesk.assist.SpeechEngine;
import com.chaindesk.assist.SpeechEngine.Transcript;
import com.chaindesk.assist.VoiceNoteReader;
import com.chaindesk.assist.VoiceReading;
import com.chaindesk.assist.photo.process.ExternalProgram;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Reads a voice note: wav, mp3, amr or webm by its bytes (anything else is refused, naming the field), converted to
 * 16 kHz mono WAV, at most {@code max-seconds} long, then heard by the configured {@link SpeechEngine}. Engine trouble
 * (not installed, server down, failed) gives a reading with {@code recognized=false} and a warning, never an error,
 * so the ticket draft goes on from whatever else the user gave.
 */
@Service
class SpokenNoteReader implements VoiceNoteReader {

	private static final Logger log = LoggerFactory.getLogger(SpokenNoteReader.class);

	private final SpeechEngine engine;
	private final MessageSource messages;
	private final AudioConversion conversion;
	private final long maxBytes;
	private final int maxSeconds;

	SpokenNoteReader(SpeechEngine engine, MessageSource messages,
			@Value("${chaindesk.assist.voice.max-bytes:10485760}") long maxBytes,
			@Value("${chaindesk.assist.voice.max-seconds:60}") int maxSeconds,
			@Value("${chaindesk.assist.voice.convert-timeout:PT30S}") Duration convertTimeout) {
		this.engine = engine;
		this.messages = messages;
		this.maxBytes = maxBytes;
		this.maxSeconds = maxSeconds;
		this.conversion = new AudioConversion(convertTimeout);
	}

	@Override
	public VoiceReading read(MediaUpload audio) {
		String field = audio.field() == null ? "audio" : audio.field();
		byte[] bytes = audio.bytes() == null ? new byte[0] : audio.bytes();
		if (bytes.length == 0) {
			throw new MediaRejected(field, Reason.CORRUPT, text("media.audio.empty"));
		}
		if (bytes.length > maxBytes) {
			throw new MediaRejected(field, Reason.CORRUPT, text("media.audio.too-large", maxBytes / (1024 * 1024)));
		}
		AudioFormat format = AudioFormat.of(bytes);
		if (format == AudioFormat.UNKNOWN) {
			throw new MediaRejected(field, Reason.UNSUPPORTED, text("media.audio.unsupported"));
		}
		Path dir = null;
		try {
			dir = Files.createTempDirectory("chaindesk-voice");
			Path upload = Files.write(dir.resolve("upload." + format.name().toLowerCase()), bytes);
			AudioConversion.Converted note = conversion.toWav16kMono(upload, format, dir.resolve("note16k.wav"), maxSeconds);
			if (note.seconds() > maxSeconds) {
				throw new MediaRejected(field, Reason.CORRUPT, text("media.audio.too-long", maxSeconds));
			}
			Transcript transcript = engine.transcribe(note.wav());
			if (!transcript.recognized()) {
				return new VoiceReading("", 0, false, engine.name(), List.of(text("media.speech.not-recognized")));
			}
			return new VoiceReading(transcript.text(), transcript.confidence(), true, engine.name(), List.of());
		}
		catch (AudioConversion.Undecodable e) {
			throw new MediaRejected(field, Reason.CORRUPT, text("media.audio.corrupt"));
		}
		catch (ExternalProgram.Missing e) {
			log.warn("Speech recognition unavailable: {}", e.getMessage());
			return unheard("media.speech.unavailable");
		}
		catch (EngineFailure e) {
			log.warn("Speech engine {} failed: {}", engine.name(), e.getMessage());
			return unheard("media.speech.failed");
		}
		catch (MediaRejected e) {
			throw e;
		}
		catch (IOException e) {
			throw new UncheckedIOException("no room for the voice note in the temp folder", e);
		}
		catch (RuntimeException e) {
			// An engine a chain plugged in may fail in its own way: still trouble with the engine, not the note.
			log.warn("Speech engine {} failed", engine.name(), e);
			return unheard("media.speech.failed");
		}
		finally {
			delete(dir);
		}
	}

	private VoiceReading unheard(String key) {
		return new VoiceReading("", 0, false, engine.name(), List.of(text(key)));
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	private static void delete(Path dir) {
		if (dir == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException e) {
			// Left for the OS to clean the temp folder.
		}
	}
}
