package com.chaindesk.config;

import tools.jackson.databind.JsonNode;

/**
 * A setting's value where it applies, and why it is that value.
 *
 * @param key the setting, e.g. {@code brand.theme}
 * @param value the value in force, as JSON
 * @param source the level the value comes from; the code's default counts as HQ
 * @param lowestOverride the lowest level that may change it here: the stricter of the definition and any lock
 * @param definedAt the scope key the value was set at ({@code hq}, {@code region:3}, {@code store:12}) or
 *        {@code default}
 * @param lockedBy the scope key of the lock that made the setting stricter than its definition, or null
 * @param version the version of the value at {@code definedAt}, for a change that must not overwrite someone
 *        else's; null for the default
 */
public record EffectiveSetting(String key, JsonNode value, SettingLevel source, SettingLevel lowestOverride,
		String definedAt, String lockedBy, Long version) {

	public static final String DEFAULT = "default";

	public boolean isDefault() {
		return DEFAULT.equals(definedAt);
	}
}
