package com.chaindesk.org;

import java.util.Locale;
import java.util.Map;

/** A region with what it takes to edit it. */
public record RegionView(long id, String code, Map<String, String> names, String timeZone, String locale, int version) {

	public String name(Locale reader) {
		return LocalizedNames.pick(names, reader);
	}
}
