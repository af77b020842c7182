package com.chaindesk.org;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rule every named thing of the organisation keeps: a zh-CN name, optional zh-TW and en, each at most 100 characters. */
final class Names {

	static final List<String> TAGS = List.of("zh-CN", "zh-TW", "en");

	private Names() {
	}

	static Map<String, String> check(String field, Map<String, String> given, Breaches breaches) {
		Map<String, String> names = new LinkedHashMap<>();
		if (given == null || given.get("zh-CN") == null || given.get("zh-CN").isBlank()) {
			breaches.add(field + ".zh-CN", Rule.REQUIRED);
		}
		if (given == null) {
			return names;
		}
		for (String tag : TAGS) {
			String name = breaches.optionalText(field + "." + tag, given.get(tag), 100);
			if (name != null) {
				names.put(tag, name);
			}
		}
		given.keySet().stream().filter(tag -> !TAGS.contains(tag))
				.forEach(tag -> breaches.add(field + "." + tag, Rule.ONE_OF, String.join(", ", TAGS)));
		return names;
	}
}
