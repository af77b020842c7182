package com.chaindesk.config;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.chaindesk.platform.Actor;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.OutsideScope;
import com.chaindesk.platform.Role;
import org.springframework.stereotype.Service;

/**
 * Reads settings where they apply: one query for HQ, the region and the store, remembered until any instance
 * changes a setting (see {@link SettingValues}), so a change holds on every instance at once.
 *
 * <p>Scopes: an HQ (or vendor) scope reads HQ's values; a region scope the region's effective values; a store scope
 * (which names its region) the store's.
 */
@Service
public class Settings {

	private final SettingsCatalog catalog;
	private final SettingValues values;
	private final SettingScopes scopes;

	Settings(SettingsCatalog catalog, SettingValues values, SettingScopes scopes) {
		this.catalog = catalog;
		this.values = values;
		this.scopes = scopes;
	}

	/** The typed value of one setting at a scope. */
	public <T> T effective(SettingDefinition<T> definition, OrgScope scope) {
		OrgScope target = placement(scope);
		EffectiveSetting effective = SettingResolver.resolve(definition, target, load(target)).effective();
		return definition.read(effective.value());
	}

	/** Every setting's effective value for a store, with where each comes from. */
	public List<EffectiveSetting> effectiveFor(long storeId) {
		return effectiveAt(scopes.store(storeId));
	}

	/** Every setting's effective value at a scope (HQ, a region or a store). */
	public List<EffectiveSetting> effectiveAt(OrgScope scope) {
		OrgScope target = placement(scope);
		StoredSettings stored = load(target);
		List<EffectiveSetting> out = new ArrayList<>();
		for (SettingDefinition<?> definition : catalog.all()) {
			out.add(SettingResolver.resolve(definition, target, stored).effective());
		}
		return out;
	}

	/**
	 * Every setting's effective value at a scope, for a person who asked to see it.
	 *
	 * @throws OutsideScope when the scope is outside the person's part of the chain
	 */
	public List<EffectiveSetting> effectiveAt(OrgScope scope, Actor reader) {
		mayRead(reader, placement(scope));
		return effectiveAt(scope);
	}

	/** One setting's effective value at a scope. */
	public EffectiveSetting effectiveAt(SettingDefinition<?> definition, OrgScope scope) {
		OrgScope target = placement(scope);
		return SettingResolver.resolve(definition, target, load(target)).effective();
	}

	/**
	 * The roles that must give a second factor to sign in at a scope: HQ's choice for HQ and vendor people, the
	 * region's effective choice for region people, the store's for store people. Empty means no second factor.
	 */
	public Set<Role> secondFactorRoles(OrgScope scope) {
		List<Role> roles = effective(StandardSettings.SECOND_FACTOR, scope);
		return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
	}

	public BrandTheme brandTheme(OrgScope scope) {
		return effective(StandardSettings.BRAND_THEME, scope);
	}

	/** The store greeting by language tag ({@code zh-CN}, {@code zh-TW}, {@code en}). */
	public Map<String, String> storeGreeting(OrgScope scope) {
		return effective(StandardSettings.STORE_GREETING, scope);
	}

	/**
	 * Every setting at one scope as a person sees it on the settings page: the value in force, the override made
	 * here, and what the person may change.
	 *
	 * @throws OutsideScope when the person may not look at this scope
	 */
	public List<SettingAtScope> board(OrgScope scope, Actor reader) {
		OrgScope target = placement(scope);
		mayRead(reader, target);
		StoredSettings stored = load(target);
		boolean writer = SettingWritePolicy.mayWrite(reader, target);
		boolean locker = SettingWritePolicy.mayLock(reader, target);
		SettingLevel here = SettingLevel.of(target);
		List<SettingAtScope> board = new ArrayList<>();
		for (SettingDefinition<?> definition : catalog.all()) {
			SettingResolver.Resolution resolution = SettingResolver.resolve(definition, target, stored);
			EffectiveSetting effective = resolution.effective();
			StoredSettings.Value own = stored.value(definition.key(), target.key());
			SettingAtScope.Override override = own == null ? null
					: new SettingAtScope.Override(own.value(), own.version(), own.updatedBy(), own.updatedAt());
			boolean allowedHere = here.atOrAbove(effective.lowestOverride());
			SettingAtScope.Blocked blocked = !writer ? SettingAtScope.Blocked.NOT_YOURS
					: allowedHere ? SettingAtScope.Blocked.NONE : blockedBy(effective);
			board.add(new SettingAtScope(definition, effective, override, own != null && allowedHere,
					stored.lock(definition.key(), target.key()) != null, writer && allowedHere, writer && own != null,
					locker && lockMatters(definition, target, stored), blocked));
		}
		return board;
	}

	/** Whether a lock at this scope would change anything: it must forbid a level the definition allows. */
	static boolean lockMatters(SettingDefinition<?> definition, OrgScope target, StoredSettings stored) {
		return switch (target.level()) {
			case HQ -> definition.lowestOverride() != SettingLevel.HQ;
			case REGION -> definition.lowestOverride() == SettingLevel.STORE
					&& stored.lock(definition.key(), "hq") == null;
			case STORE, VENDOR -> false;
		};
	}

	private static void mayRead(Actor reader, OrgScope target) {
		if (!SettingWritePolicy.mayRead(reader, target)) {
			throw new OutsideScope("The settings of " + target.key() + " are outside your scope.");
		}
	}

	private static SettingAtScope.Blocked blockedBy(EffectiveSetting effective) {
		if (effective.lockedBy() != null) {
			return "hq".equals(effective.lockedBy()) ? SettingAtScope.Blocked.LOCKED_BY_HQ
					: SettingAtScope.Blocked.LOCKED_BY_REGION;
		}
		return effective.lowestOverride() == SettingLevel.HQ ? SettingAtScope.Blocked.ONLY_HQ
				: SettingAtScope.Blocked.ONLY_HQ_AND_REGION;
	}

	StoredSettings load(OrgScope target) {
		Set<String> keys = new LinkedHashSet<>();
		keys.add("hq");
		if (target.regionId() != null) {
			keys.add(OrgScope.region(target.regionId()).key());
		}
		if (target.level() == OrgScope.Level.STORE) {
			keys.add(target.key());
		}
		return values.load(keys);
	}

	/** Vendors see HQ's settings: they work for the whole chain, not for one region. */
	static OrgScope placement(OrgScope scope) {
		return scope.level() == OrgScope.Level.VENDOR ? OrgScope.hq() : scope;
	}
}
