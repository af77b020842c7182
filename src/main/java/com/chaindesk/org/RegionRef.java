package com.chaindesk.org;

import java.util.Locale;
import java.util.Map;

/** A region as other modules need it. {@code names} is keyed by language tag: zh-CN, zh-TW, en. */
public record RegionRef(long id, String code, Map<String, String> names, String timeZone, String locale) {

	/** The name in the reader's language, falling back to zh-CN. */
	public String name(Locale reader) {
		return LocalizedNames.pick(names, reader);
	}
}
