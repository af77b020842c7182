package com.chaindesk.assist.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import com.chaindesk.assist.MediaRejected;
import com.chaindesk.assist.MediaUpload;
import com.chaindesk.assist.PhotoReading;
import com.chaindesk.assist.photo.process.ExternalProgram;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.i18n.LocaleContextHolder;

/** Photos of error screens read with Debian's Tesseract: the codes a store's staff see are the codes we find. */
class ErrorScreenReaderTests {

	private final ErrorScreenReader reader = new ErrorScreenReader(
			new TesseractCli("tesseract", "chi_sim+chi_tra+eng", "6", Duration.ofSeconds(60)), AssistMessages.bundle(),
			2 * 1024 * 1024);

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void errorScreensInSimplifiedTraditionalAndEnglishGiveTheirCodes() {
		assumeTesseract();
		for (String name : List.of("pos-zh-cn", "printer-panel-e03", "pos-tw-code", "payment-err-hex", "en-printer",
				"pos-two-codes")) {
			ErrorScreen screen = screen(name);
			PhotoReading reading = reader.read(new MediaUpload("image", name + ".png", "image/png", screen.png()));
			assertThat(reading.errorCodes()).as(name + " read as: " + reading.text()).containsExactlyElementsOf(screen.codes());
			assertThat(reading.warnings()).isEmpty();
		}
	}

	@Test
	void theTextComesBackAsAPersonWouldWriteIt() {
		assumeTesseract();
		ErrorScreen screen = screen("pos-zh-cn");
		PhotoReading reading = reader.read(new MediaUpload("image", "pos.jpg", "image/jpeg", screen.jpeg()));
		assertThat(reading.text()).contains("交易失败").contains("E-1043").doesNotContain("交 易");
	}

	@Test
	void aWebpPhotoIsReadToo(@TempDir Path dir) throws Exception {
		assumeTesseract();
		Assumptions.assumeTrue(ExternalProgram.installed("ffmpeg"), "ffmpeg is not installed: WebP test skipped");
		ErrorScreen screen = screen("printer-panel-e03");
		Path png = Files.write(dir.resolve("in.png"), screen.png());
		Path webp = dir.resolve("in.webp");
		var made = ExternalProgram.run(List.of("ffmpeg", "-nostdin", "-loglevel", "error", "-i", png.toString(),
				"-c:v", "libwebp", "-quality", "90", webp.toString()), null, Duration.ofSeconds(30));
		Assumptions.assumeTrue(made.succeeded(), "this ffmpeg cannot write WebP: " + made.stderr());
		PhotoReading reading = reader.read(new MediaUpload("image", "panel.webp", "image/webp", Files.readAllBytes(webp)));
		assertThat(reading.errorCodes()).containsExactly("E03");
	}

	@Test
	void aTextFileNamedPngIsRefusedNamingTheImageField() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		byte[] text = "交易失败 错误代码 E-1043".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> reader.read(new MediaUpload("image", "screen.png", "image/png", text)))
				.isInstanceOfSatisfying(MediaRejected.class, rejected -> {
					assertThat(rejected.field()).isEqualTo("image");
					assertThat(rejected.reason()).isEqualTo(MediaRejected.Reason.CORRUPT);
					assertThat(rejected.getMessage()).contains("不是图片");
				});
		assertThatThrownBy(() -> reader.read(new MediaUpload("image", "notes.txt", "text/plain", text)))
				.isInstanceOfSatisfying(MediaRejected.class, rejected -> {
					assertThat(rejected.field()).isEqualTo("image");
					assertThat(rejected.reason()).isEqualTo(MediaRejected.Reason.UNSUPPORTED);
				});
	}

	@Test
	void aHeicPhotoIsUnsupportedWithAMessageThatSaysWhatToDo() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		byte[] heic = new byte[64];
		System.arraycopy(new byte[] { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c' }, 0, heic, 0, 12);
		assertThatThrownBy(() -> reader.read(new MediaUpload("image", "IMG_0042.jpg", "image/jpeg", heic)))
				.isInstanceOfSatisfying(MediaRejected.class, rejected -> {
					assertThat(rejected.field()).isEqualTo("image");
					assertThat(rejected.reason()).isEqualTo(MediaRejected.Reason.UNSUPPORTED);
					assertThat(rejected.getMessage()).contains("HEIC").contains("JPEG");
				});
	}

	@Test
	void aTruncatedPngAndAnOversizeImageAreRefused() {
		byte[] png = screen("pos-zh-cn").png();
		byte[] truncated = java.util.Arrays.copyOf(png, 60);
		assertThatThrownBy(() -> reader.read(new MediaUpload("image", "s.png", "image/png", truncated)))
				.isInstanceOfSatisfying(MediaRejected.class, rejected -> {
					assertThat(rejected.field()).isEqualTo("image");
					assertThat(rejected.reason()).isEqualTo(MediaRejected.Reason.CORRUPT);
				});
		byte[] huge = java.util.Arrays.copyOf(png, 3 * 1024 * 1024);
		LocaleContextHolder.setLocale(Locale.TRADITIONAL_CHINESE);
		assertThatThrownBy(() -> reader.read(new MediaUpload("image", "s.png", "image/png", huge)))
				.isInstanceOfSatisfying(MediaRejected.class, rejected -> {
					assertThat(rejected.field()).isEqualTo("image");
					assertThat(rejected.getMessage()).contains("圖片超過 2 MB");
				});
	}

	@Test
	void aMissingOcrEngineGivesAnEmptyReadingWithAWarningNotAnError() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		ErrorScreenReader withoutTesseract = new ErrorScreenReader(new TesseractCli("/nonexistent/tesseract",
				"chi_sim+eng", "6", Duration.ofSeconds(5)), AssistMessages.bundle(), 2 * 1024 * 1024);
		PhotoReading reading = withoutTesseract.read(new MediaUpload("image", "s.png", "image/png", screen("pos-zh-cn").png()));
		assertThat(reading.text()).isEmpty();
		assertThat(reading.errorCodes()).isEmpty();
		assertThat(reading.warnings()).singleElement().asString().contains("type the error code");
	}

	@Test
	void aFailingOcrEngineGivesAWarningToo() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		ErrorScreenReader withBrokenLanguage = new ErrorScreenReader(new TesseractCli("tesseract", "klingon", "6",
				Duration.ofSeconds(30)), AssistMessages.bundle(), 2 * 1024 * 1024);
		assumeTesseract();
		PhotoReading reading = withBrokenLanguage.read(new MediaUpload("image", "s.png", "image/png", screen("pos-zh-cn").png()));
		assertThat(reading.text()).isEmpty();
		assertThat(reading.warnings()).singleElement().asString().contains("未能识别");
	}

	static ErrorScreen screen(String name) {
		return ErrorScreens.all().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
	}

	static void assumeTesseract() {
		Assumptions.assumeTrue(ExternalProgram.installed("tesseract"),
				"tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-chi-tra): OCR test skipped");
	}
}
