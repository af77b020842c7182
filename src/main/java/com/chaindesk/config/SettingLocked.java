package com.chaindesk.config;

import com.chaindesk.platform.OrgScope;

/**
 * Someone tried to override a setting below the lowest level allowed there: the definition does not allow it, or
 * HQ or the region locked it.
 */
public class SettingLocked extends RuntimeException {

	private final String key;
	private final SettingLevel lowestOverride;
	private final String lockedBy;

	public SettingLocked(String key, OrgScope target, SettingLevel lowestOverride, String lockedBy) {
		super(message(key, target, lowestOverride, lockedBy));
		this.key = key;
		this.lowestOverride = lowestOverride;
		this.lockedBy = lockedBy;
	}

	public String key() {
		return key;
	}

	public SettingLevel lowestOverride() {
		return lowestOverride;
	}

	/** The scope key of the lock ({@code hq}, {@code region:3}), or null when the definition itself forbids it. */
	public String lockedBy() {
		return lockedBy;
	}

	private static String message(String key, OrgScope target, SettingLevel lowest, String lockedBy) {
		String who = switch (lowest) {
			case HQ -> "only HQ";
			case REGION -> "only HQ and the region";
			case STORE -> "HQ, the region and the store";
		};
		String why = lockedBy == null ? "as the setting is defined"
				: "hq".equals(lockedBy) ? "because HQ locked it" : "because the region (" + lockedBy + ") locked it";
		return "'" + key + "' cannot be overridden at " + target.key() + ": " + who + " may change it, " + why
				+ ". Lowest level allowed: " + lowest + ".";
	}
}
