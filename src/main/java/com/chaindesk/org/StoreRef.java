package com.chaindesk.org;

import java.util.Locale;
import java.util.Map;

/** A store as other modules need it. {@code names} is keyed by language tag: zh-CN, zh-TW, en. */
public record StoreRef(long id, String code, long regionId, Map<String, String> names, String city, String timeZone,
		String locale, String sizeClass, String status) {

	/** The name in the reader's language, falling back to zh-CN. */
	public String name(Locale reader) {
		return LocalizedNames.pick(names, reader);
	}
}
