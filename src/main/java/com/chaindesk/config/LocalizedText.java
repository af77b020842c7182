package com.chaindesk.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.chaindesk.platform.FieldProblem;

/** The rules for text kept per language: only the chain's three languages, each within a length. */
public final class LocalizedText {

	/** The languages ChainDesk speaks, as language tags. */
	public static final List<String> LANGUAGES = List.of("zh-CN", "zh-TW", "en");

	private LocalizedText() {
	}

	public static List<FieldProblem> problems(Map<String, String> text, String path, int maxLength, boolean zhCnRequired) {
		List<FieldProblem> problems = new ArrayList<>();
		String prefix = path.isEmpty() ? "" : path + ".";
		if (text == null) {
			problems.add(new FieldProblem(path, "required"));
			return problems;
		}
		for (Map.Entry<String, String> entry : text.entrySet()) {
			if (!LANGUAGES.contains(entry.getKey())) {
				problems.add(new FieldProblem(prefix + entry.getKey(), "not a language ChainDesk speaks; one of " + LANGUAGES));
			}
			else if (entry.getValue() != null && entry.getValue().length() > maxLength) {
				problems.add(new FieldProblem(prefix + entry.getKey(), "at most " + maxLength + " characters"));
			}
		}
		String zhCn = text.get("zh-CN");
		if (zhCnRequired && (zhCn == null || zhCn.isBlank())) {
			problems.add(new FieldProblem(prefix + "zh-CN", "required"));
		}
		return problems;
	}
}
