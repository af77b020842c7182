package com.chaindesk.config;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

/**
 * One setting as the settings page shows it at one scope, for one person: what holds, what this scope itself set,
 * and what the person may do about it.
 *
 * @param definition the setting
 * @param effective the value in force at this scope and where it comes from
 * @param override the value set at exactly this scope, or null when it inherits
 * @param overrideActive false when a lock made the override illegal: it stays stored but counts for nothing
 * @param lockedHere whether a lock is set at this scope (HQ: for everyone below; a region: for its stores)
 * @param mayChange whether the person may set or reset the value here
 * @param mayReset whether the person may remove this scope's override
 * @param mayLock whether the person may set or lift the lock at this scope
 * @param blocked why the person may not change it here, or {@link Blocked#NONE}
 */
public record SettingAtScope(SettingDefinition<?> definition, EffectiveSetting effective, Override override,
		boolean overrideActive, boolean lockedHere, boolean mayChange, boolean mayReset, boolean mayLock, Blocked blocked) {

	/** A value set at this scope. */
	public record Override(JsonNode value, long version, String updatedBy, Instant updatedAt) {
	}

	/** Why a setting is read-only here. */
	public enum Blocked {
		NONE, NOT_YOURS, ONLY_HQ, ONLY_HQ_AND_REGION, LOCKED_BY_HQ, LOCKED_BY_REGION;

		public String messageKey() {
			return "config.blocked." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}
	}

	public String key() {
		return definition.key();
	}

	/** The version a change made here must expect: the override's, or 0 when there is none. */
	public long version() {
		return override == null ? 0 : override.version();
	}
}
