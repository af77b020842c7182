package com.chaindesk.config;

import com.chaindesk.platform.Actor;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.Role;

/**
 * Who may change settings where: HQ admins everywhere; a region manager their region and its stores; a store
 * manager their own store. Locks: HQ admins at HQ and any region, a region manager at their own region (which
 * binds that region's stores). Everyone else reads only.
 */
final class SettingWritePolicy {

	private SettingWritePolicy() {
	}

	static boolean mayWrite(Actor actor, OrgScope target) {
		if (actor.has(Role.HQ_ADMIN)) {
			return true;
		}
		OrgScope own = actor.scope();
		if (actor.has(Role.REGION_MANAGER) && own.level() == OrgScope.Level.REGION) {
			return (target.level() == OrgScope.Level.REGION || target.level() == OrgScope.Level.STORE)
					&& own.regionId().equals(target.regionId());
		}
		if (actor.has(Role.STORE_MANAGER) && own.level() == OrgScope.Level.STORE) {
			return target.level() == OrgScope.Level.STORE && own.storeId().equals(target.storeId());
		}
		return false;
	}

	static boolean mayLock(Actor actor, OrgScope target) {
		return switch (target.level()) {
			case HQ -> actor.has(Role.HQ_ADMIN);
			case REGION -> mayWrite(actor, target);
			case STORE, VENDOR -> false;
		};
	}

	/** Whether a person may look at the settings of a scope at all. */
	static boolean mayRead(Actor actor, OrgScope target) {
		OrgScope own = actor.scope();
		return switch (target.level()) {
			case HQ -> true;
			case REGION -> own.coversRegion(target.regionId());
			case STORE -> own.coversStore(target.storeId(), target.regionId());
			case VENDOR -> false;
		};
	}
}
