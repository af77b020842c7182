package com.chaindesk.assist.voice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.chaindesk.assist.EngineFailure;
import com.chaindesk.assist.photo.process.ExternalProgram;

/**
 * Turns an upload into what every engine takes: 16 kHz mono 16-bit WAV. ffmpeg with {@code -xerror}, so a broken
 * stream fails instead of decoding half of it; sox first for AMR (ffmpeg stops on the frames sox and many phones
 * write), ffmpeg for the rest. Reads at most one second more than the limit, so a long upload costs little.
 */
final class AudioConversion {

	/** The converted note and how long it is. */
	record Converted(Path wav, double seconds) {
	}

	/** The input could not be decoded: the upload is corrupt. */
	static final class Undecodable extends RuntimeException {

		Undecodable(String message) {
			super(message);
		}
	}

	private final Duration timeout;

	AudioConversion(Duration timeout) {
		this.timeout = timeout;
	}

	/**
	 * @throws Undecodable when neither converter can read it
	 * @throws ExternalProgram.Missing when neither converter is installed
	 */
	Converted toWav16kMono(Path input, AudioFormat format, Path output, int maxSeconds) {
		List<List<String>> attempts = new ArrayList<>();
		List<String> sox = List.of("sox", "-q", "-D", input.toString(), "-r", "16000", "-c", "1", "-b", "16", "-e",
				"signed-integer", output.toString(), "trim", "0", String.valueOf(maxSeconds + 1));
		List<String> ffmpeg = List.of("ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-xerror", "-y",
				"-i", input.toString(), "-t", String.valueOf(maxSeconds + 1), "-vn", "-ar", "16000", "-ac", "1",
				"-c:a", "pcm_s16le", "-map_metadata", "-1", "-fflags", "+bitexact", "-flags:a", "+bitexact", "-f", "wav",
				output.toString());
		if (format == AudioFormat.AMR) {
			attempts.add(sox);
			attempts.add(ffmpeg);
		}
		else {
			attempts.add(ffmpeg);
			if (format != AudioFormat.WEBM) {
				attempts.add(sox);
			}
		}
		int missing = 0;
		String lastError = "";
		for (List<String> command : attempts) {
			try {
				var outcome = ExternalProgram.run(command, null, timeout);
				if (outcome.succeeded() && Files.exists(output)) {
					double seconds = seconds(output);
					if (seconds > 0) {
						return new Converted(output, seconds);
					}
					lastError = "no audio in it";
				}
				else {
					lastError = outcome.stderr().strip();
				}
			}
			catch (ExternalProgram.Missing e) {
				missing++;
			}
			catch (EngineFailure e) {
				lastError = e.getMessage();
			}
		}
		if (missing == attempts.size()) {
			throw new ExternalProgram.Missing("ffmpeg and sox", null);
		}
		throw new Undecodable(lastError);
	}

	/** Length of a 16 kHz mono 16-bit WAV from its data size (32,000 bytes a second). */
	static double seconds(Path wav) {
		try {
			long size = Files.size(wav);
			return Math.max(0, size - 44) / 32000.0;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
