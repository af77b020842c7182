package com.chaindesk.assist.photo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import com.chaindesk.assist.MediaUpload;
import com.chaindesk.assist.PhotoReading;
import com.chaindesk.assist.photo.process.ExternalProgram;

/**
 * The OCR figure (bench/ocr.sh): every generated error screen read by our photo reader, and, as the baseline in the
 * same run, by Tesseract with its default settings (English, automatic page segmentation) on the raw image with
 * the same error-code policy. A screen counts when exactly its codes are found, no more and no fewer.
 */
public final class OcrBench {

	private OcrBench() {
	}

	public static void main(String[] args) throws Exception {
		List<ErrorScreen> screens = ErrorScreens.all();
		ErrorScreenReader ours = new ErrorScreenReader(new TesseractCli("tesseract", "chi_sim+chi_tra+eng", "6",
				Duration.ofSeconds(120)), AssistMessages.bundle(), 12 * 1024 * 1024);
		ErrorCodePolicy policy = new ErrorCodePolicy();
		Path dir = Files.createTempDirectory("ocr-bench");
		int ourHits = 0;
		int baseHits = 0;
		long ourMillis = 0;
		long baseMillis = 0;
		System.out.printf("%-24s %-22s %-28s %-28s%n", "screen", "expected", "ours", "baseline");
		for (ErrorScreen screen : screens) {
			byte[] png = screen.png();
			if (System.getenv("OCR_BENCH_DUMP") != null) {
				javax.imageio.ImageIO.write(OcrPreparation.prepare(screen.render()), "png",
						Path.of(System.getenv("OCR_BENCH_DUMP"), screen.name() + ".png").toFile());
			}
			long t0 = System.nanoTime();
			PhotoReading reading = ours.read(new MediaUpload("image", screen.name() + ".png", "image/png", png));
			long t1 = System.nanoTime();
			Path raw = Files.write(dir.resolve(screen.name() + ".png"), png);
			var base = ExternalProgram.run(List.of("tesseract", raw.toString(), "stdout"), null, Duration.ofSeconds(120));
			long t2 = System.nanoTime();
			List<String> baseCodes = policy.codesIn(base.text());
			boolean ourOk = reading.errorCodes().equals(screen.codes());
			boolean baseOk = baseCodes.equals(screen.codes());
			ourHits += ourOk ? 1 : 0;
			baseHits += baseOk ? 1 : 0;
			ourMillis += (t1 - t0) / 1_000_000;
			baseMillis += (t2 - t1) / 1_000_000;
			System.out.printf("%-24s %-22s %-28s %-28s%n", screen.name(), screen.codes(),
					(ourOk ? "ok " : "MISS ") + reading.errorCodes(), (baseOk ? "ok " : "MISS ") + baseCodes);
			if (!ourOk && System.getenv("OCR_BENCH_VERBOSE") != null) {
				System.out.println("    read: " + reading.text().replace("\n", " | "));
			}
		}
		Workspace.delete(dir);
		int n = screens.size();
		System.out.println();
		System.out.println(String.format(Locale.ROOT, "OCR error codes exactly right: ours %d/%d = %.1f %% (goal >= 90 %%), %d ms per image",
				ourHits, n, 100.0 * ourHits / n, ourMillis / n));
		System.out.println(String.format(Locale.ROOT, "baseline (tesseract defaults: eng, psm 3, raw image, same code policy): %d/%d = %.1f %%, %d ms per image",
				baseHits, n, 100.0 * baseHits / n, baseMillis / n));
	}
}
