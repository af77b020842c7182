package com.chaindesk.assist.draft;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;

/**
 * The photos and voice notes the draft tests hand in: real generated files (an error screen drawn with the CJK font,
 * a Mandarin voice note from espeak-ng and sox), read by the real OCR and speech readers.
 */
final class DraftMedia {

	private DraftMedia() {
	}

	/** A PNG of a device's error screen with these lines. */
	static byte[] errorScreen(String... lines) {
		BufferedImage image = new BufferedImage(900, 120 + 70 * lines.length, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.setColor(Color.BLACK);
		g.setFont(new Font("Noto Sans CJK SC", Font.PLAIN, 44));
		for (int i = 0; i < lines.length; i++) {
			g.drawString(lines[i], 40, 90 + 70 * i);
		}
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		byte[] bytes = out.toByteArray();
		return bytes;
	}

	/** A 16 kHz mono WAV of this Mandarin phrase (espeak-ng cmn-latn-pinyin + sox); skips the test without them. */
	static byte[] voiceNote(String phrase, String pinyin) {
		Assumptions.assumeTrue(onPath("espeak-ng") && onPath("sox"), "espeak-ng and sox are needed for voice notes");
		try {
			Path dir = Files.createTempDirectory("draft-voice");
			Path raw = dir.resolve("raw.wav");
			Path note = dir.resolve("note.wav");
			run("espeak-ng", "-v", "cmn-latn-pinyin", "-w", raw.toString(), pinyin);
			run("sox", raw.toString(), "-r", "16000", "-c", "1", "-b", "16", note.toString());
			return Files.readAllBytes(note);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static byte[] notAnImage() {
		return "这不是图片，只是一段文字".getBytes(StandardCharsets.UTF_8);
	}

	/** Starts like a WAV file and then stops: a recording cut off in the middle of the upload. */
	static byte[] brokenWav() {
		return new byte[] { 'R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'A', 'V', 'E', 'f', 'm' };
	}

	private static boolean onPath(String program) {
		try {
			return new ProcessBuilder("which", program).start().waitFor() == 0;
		}
		catch (IOException | InterruptedException e) {
			return false;
		}
	}

	private static void run(String... command) throws IOException {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IOException(String.join(" ", command) + " failed");
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(e);
		}
	}
}
