package com.chaindesk.org;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Short lower-case words for skills and services (pos, printer, network), and the languages agents speak. */
final class Words {

	static final Pattern SKILL = Pattern.compile("[a-z0-9-]{2,30}");
	static final List<String> LANGUAGES = List.of("zh-CN", "zh-TW", "en", "yue");
	static final int MAX = 30;

	private Words() {
	}

	static List<String> skills(String field, List<String> given, Breaches breaches) {
		if (given == null) {
			return List.of();
		}
		if (given.size() > MAX) {
			breaches.add(field, Rule.LIST_TOO_LONG, MAX);
			return List.of();
		}
		Set<String> out = new LinkedHashSet<>();
		for (int i = 0; i < given.size(); i++) {
			String word = given.get(i) == null ? "" : given.get(i).strip();
			if (!SKILL.matcher(word).matches()) {
				breaches.add(field + "[" + i + "]", Rule.PATTERN, "pos, network, printer");
			}
			else {
				out.add(word);
			}
		}
		return new ArrayList<>(out);
	}

	static List<String> languages(String field, List<String> given, Breaches breaches) {
		if (given == null) {
			return List.of();
		}
		Set<String> out = new LinkedHashSet<>();
		for (int i = 0; i < given.size(); i++) {
			String tag = given.get(i) == null ? "" : given.get(i).strip();
			if (!LANGUAGES.contains(tag)) {
				breaches.add(field + "[" + i + "]", Rule.ONE_OF, String.join(", ", LANGUAGES));
			}
			else {
				out.add(tag);
			}
		}
		return new ArrayList<>(out);
	}
}
