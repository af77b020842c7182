package com.chaindesk.org;

import java.util.Locale;
import java.util.Map;

/** A team as other modules name it: {@code names} keyed by language tag; {@code regionId} null for HQ teams. */
public record TeamRef(long id, String code, Map<String, String> names, Tier tier, Long regionId) {

	public String name(Locale reader) {
		return LocalizedNames.pick(names, reader);
	}
}
