package com.chaindesk.assist.photo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.chaindesk.assist.EngineFailure;
import com.chaindesk.assist.OcrEngine;
import com.chaindesk.assist.photo.process.ExternalProgram;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tesseract 5 from Debian, run as a program rather than loaded into the JVM: a crash in it cannot take the
 * application down, a time limit is a kill, and "not installed" is an ordinary failure.
 */
@Component
class TesseractCli implements OcrEngine, CodeFocusedOcr {

	private final String program;
	private final String languages;
	private final String codeLanguages;
	private final String pageSegmentation;
	private final Duration timeout;

	TesseractCli(@Value("${chaindesk.assist.ocr.tesseract:tesseract}") String program,
			@Value("${chaindesk.assist.ocr.languages:chi_sim+chi_tra+eng}") String languages,
			@Value("${chaindesk.assist.ocr.psm:6}") String pageSegmentation,
			@Value("${chaindesk.assist.ocr.timeout:PT30S}") Duration timeout) {
		this.program = program;
		this.languages = languages;
		this.codeLanguages = latinFirst(languages);
		this.pageSegmentation = pageSegmentation;
		this.timeout = timeout;
	}

	@Override
	public String name() {
		return "tesseract";
	}

	@Override
	public String recognise(Path image) {
		return run(image, languages);
	}

	@Override
	public String recogniseCodes(Path image) {
		return run(image, codeLanguages);
	}

	private String run(Path image, String models) {
		var outcome = ExternalProgram.run(List.of(program, image.toString(), "stdout", "-l", models, "--psm",
				pageSegmentation), null, timeout);
		if (!outcome.succeeded()) {
			throw new EngineFailure("tesseract exited with " + outcome.exitCode() + ": " + firstLine(outcome.stderr()));
		}
		return outcome.text();
	}

	/** The same models with English first: Tesseract prefers the first language where readings compete. */
	static String latinFirst(String languages) {
		List<String> models = new java.util.ArrayList<>(List.of(languages.split("\\+")));
		if (models.remove("eng")) {
			models.addFirst("eng");
		}
		return String.join("+", models);
	}

	private static String firstLine(String text) {
		String trimmed = text.strip();
		int end = trimmed.indexOf('\n');
		return end < 0 ? trimmed : trimmed.substring(0, end);
	}
}
