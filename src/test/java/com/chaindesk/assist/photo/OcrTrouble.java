package com.chaindesk.assist.photo;

import java.nio.file.Path;

import com.chaindesk.assist.EngineFailure;
import com.chaindesk.assist.OcrEngine;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Lets a test put the real Tesseract engine in trouble (as if it were uninstalled or crashed) for a moment, to see
 * that a photo that cannot be read costs a warning and not the draft. Otherwise it is the real engine.
 */
@Primary
@Component
public class OcrTrouble implements OcrEngine, CodeFocusedOcr {

	private static volatile boolean broken;

	private final TesseractCli tesseract;

	OcrTrouble(TesseractCli tesseract) {
		this.tesseract = tesseract;
	}

	public static void begin() {
		broken = true;
	}

	public static void end() {
		broken = false;
	}

	@Override
	public String name() {
		return tesseract.name();
	}

	@Override
	public String recognise(Path image) {
		failIfBroken();
		return tesseract.recognise(image);
	}

	@Override
	public String recogniseCodes(Path image) {
		failIfBroken();
		return tesseract.recogniseCodes(image);
	}

	private void failIfBroken() {
		if (broken) {
			throw new EngineFailure("tesseract is not available (test)");
		}
	}
}
