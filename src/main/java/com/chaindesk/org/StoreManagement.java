package com.chaindesk.org;

import java.time.Clock;
import java.util.Map;
import java.util.Set;

import com.chaindesk.audit.AuditEvent;
import com.chaindesk.audit.AuditTrail;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.Conflict;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.NotFound;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.OutsideScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering, revising, closing and reopening stores on behalf of the current actor. Each change is checked
 * against {@link OrgAccess}, kept by the {@link Store}'s own rules, and audited in the same transaction.
 */
@Service
@Transactional
public class StoreManagement {

	private final Stores stores;
	private final OrgDirectory directory;
	private final OrgAccess access;
	private final AuditTrail audit;
	private final Clock clock;

	StoreManagement(Stores stores, OrgDirectory directory, OrgAccess access, AuditTrail audit) {
		this.stores = stores;
		this.directory = directory;
		this.access = access;
		this.audit = audit;
		this.clock = Clock.systemUTC();
	}

	public StoreView register(StoreDraft draft) {
		Actor actor = CurrentActor.get();
		if (!access.mayRegisterStores(actor)
				|| (draft.regionId() != null && !access.mayRegisterStoreIn(actor, draft.regionId()))) {
			throw new OutsideScope("You may not register stores in this region.");
		}
		Store store = Store.register(draft, this::regionExists);
		if (stores.codeTaken(store.code(), null)) {
			throw new Conflict("code", "A store with code " + store.code() + " already exists.");
		}
		stores.add(store);
		audit.record(new AuditEvent("store.registered", "store", store.id().toString(), scopeOf(store), null, store.snapshot()));
		return store.view(clock.instant());
	}

	/**
	 * Replaces what the draft carries, if the draft was made from the version now stored. A store manager's draft may
	 * differ from the store only in opening hours, closures and phone.
	 */
	public StoreView revise(long id, StoreDraft draft) {
		Actor actor = CurrentActor.get();
		Store store = stores.findForUpdate(id).filter(s -> access.seesStore(actor, id, s.regionId()))
				.orElseThrow(() -> new NotFound("store", id));
		if (draft.version() == null) {
			throw new RuleBroken(java.util.List.of(new Breach("version", Rule.REQUIRED)));
		}
		if (draft.version() != store.version()) {
			throw new Conflict("version", "Store " + store.code() + " was changed by someone else since you loaded it"
					+ " (you have version " + draft.version() + ", it is now " + store.version() + "). Reload it and apply your change again.");
		}
		Map<String, Object> before = store.snapshot();
		switch (access.storeEditRight(actor, id, store.regionId())) {
			case FULL -> {
				if (draft.regionId() != null && draft.regionId() != store.regionId()
						&& !access.mayRegisterStoreIn(actor, draft.regionId())) {
					throw new OutsideScope("You may not move a store into a region outside your scope.");
				}
				store.revise(draft, this::regionExists);
			}
			case LOCAL -> {
				Set<String> beyond = store.profileChangesIn(draft, this::regionExists);
				if (!beyond.isEmpty()) {
					throw new OutsideScope("A store manager may change only opening hours, closures and phone, not "
							+ String.join(", ", beyond) + ".");
				}
				store.revise(draft, this::regionExists);
			}
			case NONE -> throw new OutsideScope("Your role may not change this store.");
		}
		if (stores.codeTaken(store.code(), id)) {
			throw new Conflict("code", "A store with code " + store.code() + " already exists.");
		}
		stores.update(store);
		audit.record(new AuditEvent("store.revised", "store", String.valueOf(id), scopeOf(store), before, store.snapshot()));
		return store.view(clock.instant());
	}

	public StoreView close(long id) {
		return transition(id, "store.closed", Store::close);
	}

	public StoreView reopen(long id) {
		return transition(id, "store.reopened", Store::reopen);
	}

	private StoreView transition(long id, String action, java.util.function.Consumer<Store> change) {
		Actor actor = CurrentActor.get();
		Store store = stores.findForUpdate(id).filter(s -> access.seesStore(actor, id, s.regionId()))
				.orElseThrow(() -> new NotFound("store", id));
		if (access.storeEditRight(actor, id, store.regionId()) != StoreEditRight.FULL) {
			throw new OutsideScope("Your role may not close or reopen this store.");
		}
		String before = store.status().name();
		change.accept(store);
		stores.update(store);
		audit.record(new AuditEvent(action, "store", String.valueOf(id), scopeOf(store), Map.of("status", before),
				Map.of("status", store.status().name())));
		return store.view(clock.instant());
	}

	boolean regionExists(long regionId) {
		return directory.region(regionId).isPresent();
	}

	static OrgScope scopeOf(Store store) {
		return OrgScope.store(store.id(), store.regionId());
	}
}
