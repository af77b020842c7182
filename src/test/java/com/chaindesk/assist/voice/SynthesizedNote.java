package com.chaindesk.assist.voice;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.chaindesk.assist.photo.process.ExternalProgram;

/**
 * A voice note spoken by espeak-ng: Mandarin from pinyin with tone numbers ({@code -v cmn-latn-pinyin}; the plain
 * {@code cmn} voice reads tone digits as English numbers), or another voice for notes that must be rejected. Saved as
 * 16 kHz mono 16-bit WAV with sox, the way the reader converts uploads.
 *
 * @param said what the note says in Chinese (the expected recognised text), empty for notes that must be rejected
 * @param category the ticket category the note points to, null for notes that must be rejected
 */
public record SynthesizedNote(String name, String voice, String pinyin, int speed, int pitch, String said,
		String category) {

	public static SynthesizedNote mandarin(String name, String pinyin, String said, String category) {
		return new SynthesizedNote(name, "cmn-latn-pinyin", pinyin, 160, 50, said, category);
	}

	public SynthesizedNote at(int newSpeed, int newPitch) {
		return new SynthesizedNote(name + "@" + newSpeed + "/" + newPitch, voice, pinyin, newSpeed, newPitch, said, category);
	}

	public SynthesizedNote voiced(String variant) {
		return new SynthesizedNote(name + "+" + variant, voice + "+" + variant, pinyin, speed, pitch, said, category);
	}

	/** The same voice settings speaking other text (for notes in a language other than pinyin). */
	public SynthesizedNote withText(String text) {
		return new SynthesizedNote(name, voice, text, speed, pitch, said, category);
	}

	public boolean shouldBeRejected() {
		return category == null;
	}

	/** Writes the note as 16 kHz mono WAV into {@code dir}. */
	public Path wav(Path dir) throws Exception {
		Path raw = dir.resolve(safe() + "-raw.wav");
		Path out = dir.resolve(safe() + ".wav");
		List<String> speak = new ArrayList<>(List.of("espeak-ng", "-v", voice, "-s", String.valueOf(speed), "-p",
				String.valueOf(pitch), "-w", raw.toString(), pinyin));
		check(ExternalProgram.run(speak, null, Duration.ofSeconds(30)), "espeak-ng");
		check(ExternalProgram.run(List.of("sox", "-D", raw.toString(), "-r", "16000", "-c", "1", "-b", "16", out.toString()),
				null, Duration.ofSeconds(30)), "sox");
		Files.deleteIfExists(raw);
		return out;
	}

	/** White noise of the given length, made by sox, for a note that must be rejected. */
	public static Path whiteNoise(Path dir, double seconds) throws Exception {
		Path out = dir.resolve("noise.wav");
		check(ExternalProgram.run(List.of("sox", "-R", "-n", "-r", "16000", "-c", "1", "-b", "16", out.toString(), "synth",
				String.valueOf(seconds), "whitenoise", "vol", "0.3"), null, Duration.ofSeconds(30)), "sox");
		return out;
	}

	private String safe() {
		return name.replaceAll("[^A-Za-z0-9_-]", "_");
	}

	private static void check(ExternalProgram.Outcome outcome, String program) {
		if (!outcome.succeeded()) {
			throw new IllegalStateException(program + " failed: " + outcome.stderr());
		}
	}
}
