package com.chaindesk.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.chaindesk.audit.AuditEvent;
import com.chaindesk.audit.AuditTrail;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.Conflict;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.InvalidInput;
import com.chaindesk.platform.NotFound;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.OutsideScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Changes settings on behalf of the current person: set or reset a scope's value, set or lift a lock. Each change
 * checks who may make it and at which level, is audited with before and after in the same transaction, and
 * publishes {@link SettingChanged}.
 */
@Service
@Transactional
public class SettingChanges {

	private final SettingsCatalog catalog;
	private final SettingValues values;
	private final Settings settings;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;

	SettingChanges(SettingsCatalog catalog, SettingValues values, Settings settings, AuditTrail audit,
			ApplicationEventPublisher events) {
		this.catalog = catalog;
		this.values = values;
		this.settings = settings;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * Sets a setting's value at a scope.
	 *
	 * @param expectedVersion the version of this scope's value the person last saw (0 for none), or null to
	 *        overwrite whatever is there
	 * @return the effective value at that scope afterwards
	 * @throws NotFound for an unknown key
	 * @throws OutsideScope when the person may not change this scope's settings
	 * @throws SettingLocked when the setting may not be overridden at this level
	 * @throws InvalidInput naming the field when the value is wrong
	 * @throws Conflict when someone else changed it since {@code expectedVersion}
	 */
	public EffectiveSetting set(String key, OrgScope target, JsonNode value, Long expectedVersion) {
		SettingDefinition<?> definition = definition(key);
		mayWrite(target);
		SettingResolver.Reach reach = SettingResolver.reach(definition, target, settings.load(target));
		if (!SettingLevel.of(target).atOrAbove(reach.lowest())) {
			throw new SettingLocked(key, target, reach.lowest(), reach.lockedBy());
		}
		JsonNode normalised = definition.normalise(value);
		Optional<StoredSettings.Value> before = values.valueForUpdate(key, target.key());
		expect(before, expectedVersion);
		String by = CurrentActor.get().username();
		boolean written = before.isPresent()
				? values.update(key, target.key(), normalised, by, before.get().version())
				: values.insert(key, target.key(), target.regionId(), target.storeId(), normalised, by);
		if (!written) {
			throw new Conflict("version", "Someone else changed '" + key + "' at " + target.key() + " just now. Reload and try again.");
		}
		long version = before.map(v -> v.version() + 1).orElse(1L);
		audit.record(new AuditEvent("config.set", "setting", key, target, before.map(SettingChanges::state).orElse(null),
				state(target.key(), normalised, version)));
		events.publishEvent(new SettingChanged(key, target));
		return settings.effectiveAt(definition, target);
	}

	/** Removes a scope's own value, so the scope inherits again. Allowed even where a lock made the value inactive. */
	public EffectiveSetting reset(String key, OrgScope target, Long expectedVersion) {
		SettingDefinition<?> definition = definition(key);
		mayWrite(target);
		Optional<StoredSettings.Value> before = values.valueForUpdate(key, target.key());
		expect(before, expectedVersion);
		if (before.isPresent()) {
			values.delete(key, target.key(), before.get().version());
			audit.record(new AuditEvent("config.reset", "setting", key, target, state(before.get()), null));
			events.publishEvent(new SettingChanged(key, target));
		}
		return settings.effectiveAt(definition, target);
	}

	/**
	 * Locks a setting at HQ (nobody below may override it) or at a region (the region's stores may not).
	 *
	 * @throws InvalidInput on {@code scope} when a lock there would change nothing
	 */
	public EffectiveSetting lock(String key, OrgScope target) {
		SettingDefinition<?> definition = definition(key);
		mayLock(target);
		if (!Settings.lockMatters(definition, target, settings.load(target))) {
			throw new InvalidInput("scope", target.isHq() ? "'" + key + "' is already changed by HQ only"
					: "the stores of this region may not change '" + key + "' anyway");
		}
		if (values.addLock(key, target.key(), CurrentActor.get().username())) {
			audit.record(new AuditEvent("config.locked", "setting", key, target, Map.of("scope", target.key(), "locked", false),
					Map.of("scope", target.key(), "locked", true)));
			events.publishEvent(new SettingChanged(key, target));
		}
		return settings.effectiveAt(definition, target);
	}

	public EffectiveSetting unlock(String key, OrgScope target) {
		SettingDefinition<?> definition = definition(key);
		mayLock(target);
		Optional<StoredSettings.Lock> lock = values.lock(key, target.key());
		if (lock.isPresent() && values.removeLock(key, target.key())) {
			audit.record(new AuditEvent("config.unlocked", "setting", key, target,
					Map.of("scope", target.key(), "locked", true, "lockedBy", lock.get().lockedBy()),
					Map.of("scope", target.key(), "locked", false)));
			events.publishEvent(new SettingChanged(key, target));
		}
		return settings.effectiveAt(definition, target);
	}

	private SettingDefinition<?> definition(String key) {
		return catalog.find(key).orElseThrow(() -> new NotFound("Setting", key));
	}

	private static void mayWrite(OrgScope target) {
		if (target.level() == OrgScope.Level.VENDOR) {
			throw new InvalidInput("scope", "settings are set at hq, a region or a store");
		}
		Actor actor = CurrentActor.get();
		if (!SettingWritePolicy.mayWrite(actor, target)) {
			throw new OutsideScope("You may not change the settings of " + target.key() + ".");
		}
	}

	private static void mayLock(OrgScope target) {
		if (target.level() == OrgScope.Level.STORE || target.level() == OrgScope.Level.VENDOR) {
			throw new InvalidInput("scope", "locks are set at hq or at a region (for its stores)");
		}
		if (!SettingWritePolicy.mayLock(CurrentActor.get(), target)) {
			throw new OutsideScope("You may not lock settings at " + target.key() + ".");
		}
	}

	private static void expect(Optional<StoredSettings.Value> current, Long expectedVersion) {
		long actual = current.map(StoredSettings.Value::version).orElse(0L);
		if (expectedVersion != null && expectedVersion != actual) {
			throw new Conflict("version", "Someone else changed this setting since you loaded it (version " + actual
					+ ", you had " + expectedVersion + "). Reload and apply your change again.");
		}
	}

	private static Map<String, Object> state(StoredSettings.Value value) {
		return state(value.scope(), value.value(), value.version());
	}

	private static Map<String, Object> state(String scope, JsonNode value, long version) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("scope", scope);
		state.put("value", value);
		state.put("version", version);
		return state;
	}
}
