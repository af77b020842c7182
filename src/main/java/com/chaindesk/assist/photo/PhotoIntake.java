package com.chaindesk.assist.photo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import com.chaindesk.assist.EngineFailure;
import com.chaindesk.assist.MediaRejected;
import com.chaindesk.assist.MediaRejected.Reason;
import com.chaindesk.assist.MediaUpload;
import com.chaindesk.assist.photo.process.ExternalProgram;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The gate a photo passes before OCR: it must be an image by its bytes (PNG, JPEG, WebP; GIF and BMP too), within
 * the size limits, and decodable. HEIC is refused with its own message (the phone can send JPEG instead); a file whose
 * name or type claims an image but whose bytes are not one is corrupt (400); anything else is unsupported (415).
 */
final class PhotoIntake {

	/** Pixels beyond which we do not decode: a 60 MP phone photo is fine, a decompression bomb is not. */
	private static final long MAX_PIXELS = 80_000_000L;

	private final long maxBytes;
	private final MessageSource messages;

	PhotoIntake(long maxBytes, MessageSource messages) {
		this.maxBytes = maxBytes;
		this.messages = messages;
	}

	BufferedImage decode(MediaUpload upload) {
		String field = upload.field() == null ? "image" : upload.field();
		byte[] bytes = upload.bytes() == null ? new byte[0] : upload.bytes();
		if (bytes.length == 0) {
			throw new MediaRejected(field, Reason.CORRUPT, text("media.photo.empty"));
		}
		if (bytes.length > maxBytes) {
			throw new MediaRejected(field, Reason.CORRUPT, text("media.photo.too-large", maxBytes / (1024 * 1024)));
		}
		ImageFormat format = ImageFormat.of(bytes);
		switch (format) {
			case HEIC -> throw new MediaRejected(field, Reason.UNSUPPORTED, text("media.photo.heic"));
			case UNKNOWN -> throw claimsImage(upload)
					? new MediaRejected(field, Reason.CORRUPT, text("media.photo.not-image"))
					: new MediaRejected(field, Reason.UNSUPPORTED, text("media.photo.unsupported"));
			case WEBP -> {
				return decodeWebp(field, bytes);
			}
			default -> {
				return decodeWithImageIo(field, bytes);
			}
		}
	}

	private BufferedImage decodeWithImageIo(String field, byte[] bytes) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw new MediaRejected(field, Reason.UNSUPPORTED, text("media.photo.unsupported"));
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels > MAX_PIXELS) {
					throw new MediaRejected(field, Reason.CORRUPT, text("media.photo.too-many-pixels"));
				}
				BufferedImage image = reader.read(0);
				if (image == null || image.getWidth() < 8 || image.getHeight() < 8) {
					throw new MediaRejected(field, Reason.CORRUPT, text("media.photo.corrupt"));
				}
				return image;
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof MediaRejected rejected) {
				throw rejected;
			}
			throw new MediaRejected(field, Reason.CORRUPT, text("media.photo.corrupt"));
		}
	}

	/** The JDK cannot read WebP; ffmpeg (installed for voice notes) turns it into PNG. */
	private BufferedImage decodeWebp(String field, byte[] bytes) {
		Path dir = null;
		try {
			dir = Files.createTempDirectory("chaindesk-webp");
			Path in = Files.write(dir.resolve("in.webp"), bytes);
			Path out = dir.resolve("out.png");
			var outcome = ExternalProgram.run(List.of("ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error",
					"-xerror", "-i", in.toString(), "-frames:v", "1", out.toString()), null, Duration.ofSeconds(20));
			if (!outcome.succeeded() || !Files.exists(out)) {
				throw new MediaRejected(field, Reason.CORRUPT, text("media.photo.corrupt"));
			}
			return decodeWithImageIo(field, Files.readAllBytes(out));
		}
		catch (EngineFailure e) {
			throw new MediaRejected(field, Reason.UNSUPPORTED, text("media.photo.webp"));
		}
		catch (IOException e) {
			throw new MediaRejected(field, Reason.CORRUPT, text("media.photo.corrupt"));
		}
		finally {
			Workspace.delete(dir);
		}
	}

	private static boolean claimsImage(MediaUpload upload) {
		String type = upload.contentType() == null ? "" : upload.contentType().toLowerCase(Locale.ROOT);
		String name = upload.filename() == null ? "" : upload.filename().toLowerCase(Locale.ROOT);
		return type.startsWith("image/")
				|| name.matches(".*\\.(png|jpe?g|webp|gif|bmp|heic|heif)$");
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
