package com.chaindesk.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.chaindesk.org.StoreRef;
import com.chaindesk.org.Tier;
import com.chaindesk.org.VendorView;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.Role;

/**
 * Who did what in the demo's history: each store's own people report and rate, the desk's demo people (agent1 at L1,
 * engineer1 at L2, expert1 at L3, vendor1 for SUNPOS) work the tickets, so every step passes the same access rules
 * as a real one. Stores without a demo account report as their counter staff ({@code <store code>-staff}); vendors
 * without one as their field engineer.
 */
final class HistoryPeople {

	private final Map<Long, Actor> storeStaff;
	private final Map<Long, Actor> vendorEngineers;
	private final Actor desk = new Actor(0, "agent1", "赵磊", Set.of(Role.L1_AGENT), OrgScope.hq());
	private final Actor engineer = new Actor(0, "engineer1", "孙浩", Set.of(Role.ENGINEER), OrgScope.hq());
	private final Actor expert = new Actor(0, "expert1", "周建国", Set.of(Role.ENGINEER), OrgScope.hq());

	HistoryPeople(List<StoreRef> stores, Map<Long, String> knownReporters, List<VendorView> vendors) {
		this.storeStaff = new HashMap<>();
		for (StoreRef store : stores) {
			String username = knownReporters.getOrDefault(store.id(), store.code().toLowerCase() + "-staff");
			storeStaff.put(store.id(), new Actor(0, username, username, Set.of(Role.STORE_STAFF),
					OrgScope.store(store.id(), store.regionId())));
		}
		this.vendorEngineers = new HashMap<>();
		for (VendorView vendor : vendors) {
			String username = vendor.code().equals("SUNPOS") ? "vendor1" : vendor.code().toLowerCase() + "-engineer";
			vendorEngineers.put(vendor.id(), new Actor(0, username, username, Set.of(Role.VENDOR_ENGINEER),
					OrgScope.vendor(vendor.id())));
		}
	}

	Actor store(long storeId) {
		return storeStaff.get(storeId);
	}

	Actor desk() {
		return desk;
	}

	/** Whoever works a ticket at this tier or for this vendor. */
	Actor holder(Tier tier, Long vendor) {
		if (vendor != null) {
			return vendorEngineers.get(vendor);
		}
		return tier == Tier.L3 ? expert : tier == Tier.L2 ? engineer : desk;
	}

	/** Runs one service call as {@code actor}, as a signed-in request would. */
	static <T> T as(Actor actor, Supplier<T> work) {
		return CurrentActor.as(actor, work);
	}
}
