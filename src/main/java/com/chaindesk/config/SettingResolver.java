package com.chaindesk.config;

import java.util.ArrayList;
import java.util.List;

import com.chaindesk.platform.OrgScope;

/**
 * How a setting's effective value is found: the store's own value if stores may override it, else the region's if
 * regions may, else HQ's, else the default in code. Who may override is the definition's lowest level made
 * stricter by any lock: an HQ lock keeps it at HQ, a region's lock keeps it at the region for that region's stores.
 * Overrides a lock has made illegal stay stored but count for nothing.
 */
final class SettingResolver {

	/** The outcome: the effective value and the overrides that a lock has silenced. */
	record Resolution(EffectiveSetting effective, List<StoredSettings.Value> inactive) {
	}

	private SettingResolver() {
	}

	/** The lowest level that may override at {@code target}, and the scope of the lock that made it so (or null). */
	record Reach(SettingLevel lowest, String lockedBy) {
	}

	static Reach reach(SettingDefinition<?> definition, OrgScope target, StoredSettings stored) {
		SettingLevel lowest = definition.lowestOverride();
		if (lowest != SettingLevel.HQ && stored.lock(definition.key(), "hq") != null) {
			return new Reach(SettingLevel.HQ, "hq");
		}
		if (lowest == SettingLevel.STORE && target.regionId() != null) {
			String region = OrgScope.region(target.regionId()).key();
			if (stored.lock(definition.key(), region) != null) {
				return new Reach(SettingLevel.REGION, region);
			}
		}
		return new Reach(lowest, null);
	}

	static Resolution resolve(SettingDefinition<?> definition, OrgScope target, StoredSettings stored) {
		String key = definition.key();
		Reach reach = reach(definition, target, stored);
		List<StoredSettings.Value> inactive = new ArrayList<>();
		EffectiveSetting found = null;
		if (target.level() == OrgScope.Level.STORE) {
			found = pick(definition, stored.value(key, target.key()), SettingLevel.STORE, reach, inactive);
		}
		if (target.regionId() != null && target.level() != OrgScope.Level.VENDOR) {
			StoredSettings.Value region = stored.value(key, OrgScope.region(target.regionId()).key());
			EffectiveSetting fromRegion = pick(definition, region, SettingLevel.REGION, reach, inactive);
			found = found != null ? found : fromRegion;
		}
		if (found == null) {
			found = pick(definition, stored.value(key, "hq"), SettingLevel.HQ, reach, inactive);
		}
		if (found == null) {
			found = new EffectiveSetting(key, definition.defaultJson(), SettingLevel.HQ, reach.lowest(),
					EffectiveSetting.DEFAULT, reach.lockedBy(), null);
		}
		return new Resolution(found, List.copyOf(inactive));
	}

	private static EffectiveSetting pick(SettingDefinition<?> definition, StoredSettings.Value value, SettingLevel level,
			Reach reach, List<StoredSettings.Value> inactive) {
		if (value == null || !definition.fits(value.value())) {
			// A value saved under rules that have since tightened is skipped rather than served broken.
			return null;
		}
		if (!level.atOrAbove(reach.lowest())) {
			inactive.add(value);
			return null;
		}
		return new EffectiveSetting(definition.key(), value.value(), level, reach.lowest(), value.scope(),
				reach.lockedBy(), value.version());
	}
}
