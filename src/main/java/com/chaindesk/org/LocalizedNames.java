package com.chaindesk.org;

import java.util.Locale;
import java.util.Map;

/** Picks the name a reader should see from names keyed by language tag. */
public final class LocalizedNames {

	private LocalizedNames() {
	}

	public static String pick(Map<String, String> names, Locale reader) {
		if (names == null || names.isEmpty()) {
			return "";
		}
		String wanted = reader == null ? "zh-CN" : tag(reader);
		String name = names.get(wanted);
		if (name == null && wanted.equals("zh-TW")) {
			name = names.get("zh-CN");
		}
		if (name == null && wanted.equals("zh-CN")) {
			name = names.get("zh-TW");
		}
		if (name == null) {
			name = names.getOrDefault("zh-CN", names.values().iterator().next());
		}
		return name;
	}

	/** zh-CN, zh-TW or en for any Java locale. */
	public static String tag(Locale locale) {
		if ("zh".equals(locale.getLanguage())) {
			boolean traditional = "TW".equals(locale.getCountry()) || "HK".equals(locale.getCountry())
					|| "MO".equals(locale.getCountry()) || "Hant".equals(locale.getScript());
			return traditional ? "zh-TW" : "zh-CN";
		}
		return "en";
	}
}
