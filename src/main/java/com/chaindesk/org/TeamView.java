package com.chaindesk.org;

import java.util.Locale;
import java.util.Map;

/** A team of the service desk; {@code regionId} is null for HQ teams. {@code status} is ACTIVE or CLOSED. */
public record TeamView(long id, String code, Map<String, String> names, Tier tier, Long regionId, String status,
		int version) {

	public String name(Locale reader) {
		return LocalizedNames.pick(names, reader);
	}

	public boolean hq() {
		return regionId == null;
	}
}
