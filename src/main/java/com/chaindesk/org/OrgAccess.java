package com.chaindesk.org;

import java.util.ArrayList;
import java.util.List;

import com.chaindesk.platform.Actor;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.Role;
import org.springframework.stereotype.Component;

/**
 * Who may see and change what in the organisation: the one place these rules live.
 * <ul>
 * <li>Stores: an HQ scope sees all, a region scope its region's, a store scope only its own, a vendor none.</li>
 * <li>Store changes: the HQ admin anything; a region manager their region's stores (never moving one out of it, never
 * registering one elsewhere); a store manager only their own store's opening hours, closures and phone; everyone
 * else reads.</li>
 * <li>Regions: HQ all; region and store scopes their own region.</li>
 * <li>Teams: HQ all; region and store scopes HQ teams and their region's; vendors none.</li>
 * <li>Vendors: HQ and region scopes all; a vendor scope its own company; stores none.</li>
 * <li>Agents: HQ all; a region scope those of the teams it sees; a vendor scope its own engineers; stores none.</li>
 * <li>Regions, teams, vendors and agents are changed by the HQ admin only.</li>
 * </ul>
 */
@Component
public class OrgAccess {

	public boolean seesStore(Actor actor, long storeId, long regionId) {
		return actor.scope().coversStore(storeId, regionId);
	}

	public StoreEditRight storeEditRight(Actor actor, long storeId, long regionId) {
		OrgScope scope = actor.scope();
		if (!seesStore(actor, storeId, regionId)) {
			return StoreEditRight.NONE;
		}
		if (actor.has(Role.HQ_ADMIN) && scope.isHq()) {
			return StoreEditRight.FULL;
		}
		if (actor.has(Role.REGION_MANAGER) && scope.level() == OrgScope.Level.REGION && scope.coversRegion(regionId)) {
			return StoreEditRight.FULL;
		}
		if (actor.has(Role.STORE_MANAGER) && scope.level() == OrgScope.Level.STORE && scope.storeId() == storeId) {
			return StoreEditRight.LOCAL;
		}
		return StoreEditRight.NONE;
	}

	/** Whether the actor may register a store in this region (or move one there). */
	public boolean mayRegisterStoreIn(Actor actor, long regionId) {
		OrgScope scope = actor.scope();
		return (actor.has(Role.HQ_ADMIN) && scope.isHq())
				|| (actor.has(Role.REGION_MANAGER) && scope.level() == OrgScope.Level.REGION && scope.coversRegion(regionId));
	}

	/** Whether the actor may register stores at all (the "new store" and "import" buttons). */
	public boolean mayRegisterStores(Actor actor) {
		OrgScope scope = actor.scope();
		return (actor.has(Role.HQ_ADMIN) && scope.isHq())
				|| (actor.has(Role.REGION_MANAGER) && scope.level() == OrgScope.Level.REGION);
	}

	public boolean seesRegion(Actor actor, long regionId) {
		OrgScope scope = actor.scope();
		return switch (scope.level()) {
			case HQ -> true;
			case REGION, STORE -> scope.regionId() == regionId;
			case VENDOR -> false;
		};
	}

	public boolean seesTeam(Actor actor, Long teamRegionId) {
		OrgScope scope = actor.scope();
		return switch (scope.level()) {
			case HQ -> true;
			case REGION, STORE -> teamRegionId == null || teamRegionId.equals(scope.regionId());
			case VENDOR -> false;
		};
	}

	public boolean seesVendor(Actor actor, long vendorId) {
		OrgScope scope = actor.scope();
		return switch (scope.level()) {
			case HQ, REGION -> true;
			case VENDOR -> scope.vendorId() == vendorId;
			case STORE -> false;
		};
	}

	/** An agent is seen with their team or their vendor company. */
	public boolean seesAgent(Actor actor, Long teamRegionId, boolean inTeam, Long vendorId) {
		OrgScope scope = actor.scope();
		return switch (scope.level()) {
			case HQ -> true;
			case REGION -> inTeam && seesTeam(actor, teamRegionId);
			case VENDOR -> vendorId != null && vendorId.equals(scope.vendorId());
			case STORE -> false;
		};
	}

	/** Regions, teams, vendors and agents: the HQ admin's to change. */
	public boolean administersOrganisation(Actor actor) {
		return actor.has(Role.HQ_ADMIN) && actor.scope().isHq();
	}

	/** The SQL condition (on a table aliased {@code s}) that keeps store rows to those the scope sees. */
	StoreCondition storeCondition(Actor actor) {
		OrgScope scope = actor.scope();
		return switch (scope.level()) {
			case HQ -> new StoreCondition("true", List.of());
			case REGION -> new StoreCondition("s.region_id = ?", List.of(scope.regionId()));
			case STORE -> new StoreCondition("s.id = ?", List.of(scope.storeId()));
			case VENDOR -> new StoreCondition("false", List.of());
		};
	}

	record StoreCondition(String sql, List<Object> params) {
		StoreCondition and(String more, Object... values) {
			List<Object> all = new ArrayList<>(params);
			all.addAll(List.of(values));
			return new StoreCondition(sql + " and " + more, all);
		}
	}
}
