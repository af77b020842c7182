package com.chaindesk.assist.photo;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import com.chaindesk.assist.EngineFailure;
import com.chaindesk.assist.MediaUpload;
import com.chaindesk.assist.OcrEngine;
import com.chaindesk.assist.PhotoReader;
import com.chaindesk.assist.PhotoReading;
import com.chaindesk.assist.photo.process.ExternalProgram;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Reads a photo of an error screen or a device panel: checks that it is an image (refusing what is not, naming the
 * field), prepares it for OCR, recognises its text and picks out the error codes. When the OCR engine is missing or
 * fails the reading still comes back, empty and with a warning, so the ticket draft goes on from whatever else the
 * user gave.
 */
@Service
class ErrorScreenReader implements PhotoReader {

	private static final Logger log = LoggerFactory.getLogger(ErrorScreenReader.class);

	private final OcrEngine engine;
	private final PhotoIntake intake;
	private final ErrorCodePolicy codes = new ErrorCodePolicy();
	private final MessageSource messages;

	ErrorScreenReader(OcrEngine engine, MessageSource messages,
			@Value("${chaindesk.assist.photo.max-bytes:12582912}") long maxBytes) {
		this.engine = engine;
		this.messages = messages;
		this.intake = new PhotoIntake(maxBytes, messages);
	}

	@Override
	public PhotoReading read(MediaUpload image) {
		BufferedImage photo = intake.decode(image);
		Path dir = null;
		try {
			dir = Files.createTempDirectory("chaindesk-photo");
			Path prepared = dir.resolve("screen.png");
			ImageIO.write(OcrPreparation.prepare(photo), "png", prepared.toFile());
			String text = ErrorCodePolicy.tidy(engine.recognise(prepared));
			List<String> found = codes.codesIn(text);
			if (engine instanceof CodeFocusedOcr latinFirst) {
				found = codes.merge(found, codes.codesIn(latinFirst.recogniseCodes(prepared)));
			}
			return new PhotoReading(text, found, List.of());
		}
		catch (ExternalProgram.Missing e) {
			log.warn("OCR engine {} is not installed: photos are taken without their text", engine.name());
			return new PhotoReading("", List.of(), List.of(text("media.ocr.unavailable")));
		}
		catch (EngineFailure e) {
			log.warn("OCR engine {} failed: {}", engine.name(), e.getMessage());
			return new PhotoReading("", List.of(), List.of(text("media.ocr.failed")));
		}
		catch (RuntimeException e) {
			// An engine a chain plugged in may fail in its own way: still trouble with the engine, not the photo.
			log.warn("OCR engine {} failed", engine.name(), e);
			return new PhotoReading("", List.of(), List.of(text("media.ocr.failed")));
		}
		catch (IOException e) {
			throw new UncheckedIOException("no room for the photo in the temp folder", e);
		}
		finally {
			Workspace.delete(dir);
		}
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
