package com.chaindesk.org;

import java.time.Clock;
import java.util.List;

import com.chaindesk.platform.Actor;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.InvalidInput;
import com.chaindesk.platform.FieldProblem;
import com.chaindesk.platform.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores as the current actor may see them: another scope's store simply does not exist for them. */
@Service
@Transactional(readOnly = true)
public class StoreQueries {

	public static final int MAX_PAGE_SIZE = 100;

	private final Stores stores;
	private final OrgAccess access;
	private final Clock clock = Clock.systemUTC();

	StoreQueries(Stores stores, OrgAccess access) {
		this.stores = stores;
		this.access = access;
	}

	public StoreView find(long id) {
		Actor actor = CurrentActor.get();
		return stores.find(id).filter(s -> access.seesStore(actor, id, s.regionId())).map(s -> s.view(clock.instant()))
				.orElseThrow(() -> new NotFound("store", id));
	}

	/** A page of the stores the actor sees, of one region if given, matching code, any name, city or address. */
	public StorePage search(Long regionId, String text, int page, int size) {
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidInput(page < 0 ? List.of(new FieldProblem("page", "0 or more"))
					: List.of(new FieldProblem("size", "between 1 and " + MAX_PAGE_SIZE)));
		}
		if (text != null && text.length() > 100) {
			throw new InvalidInput("q", "at most 100 characters");
		}
		Actor actor = CurrentActor.get();
		Stores.StoreRows rows = stores.search(access.storeCondition(actor), regionId, text, page, size);
		return new StorePage(rows.stores().stream().map(s -> s.view(clock.instant())).toList(), page, size, rows.total());
	}

	/** How far the current actor may change this store. */
	public StoreEditRight editRight(StoreView store) {
		return access.storeEditRight(CurrentActor.get(), store.id(), store.regionId());
	}

	public boolean mayRegister() {
		return access.mayRegisterStores(CurrentActor.get());
	}
}
