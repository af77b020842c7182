package com.chaindesk.config;

import com.chaindesk.platform.OrgScope;

/**
 * The three levels a setting may be set at, from the top. As the lowest level allowed to override, {@code HQ} means
 * locked to HQ; as a source, it means the value is HQ's (or the code's default).
 */
public enum SettingLevel {

	HQ, REGION, STORE;

	/** Whether this level is at or above {@code other}: HQ is above REGION is above STORE. */
	public boolean atOrAbove(SettingLevel other) {
		return ordinal() <= other.ordinal();
	}

	/** The stricter (higher) of two levels. */
	public SettingLevel stricter(SettingLevel other) {
		return ordinal() <= other.ordinal() ? this : other;
	}

	public static SettingLevel of(OrgScope scope) {
		return switch (scope.level()) {
			case HQ, VENDOR -> HQ;
			case REGION -> REGION;
			case STORE -> STORE;
		};
	}

	/** The message key of the level's badge, shared with the platform's scope names. */
	public String messageKey() {
		return "scope." + name().toLowerCase(java.util.Locale.ROOT);
	}
}
