package com.chaindesk.org;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

import com.chaindesk.platform.ClusterCache;
import com.chaindesk.platform.ClusterSignals;
import org.springframework.stereotype.Component;

/**
 * Stores as other modules look them up, remembered on each instance: opening one ticket asks for its store a dozen
 * times (access, categories, dispatch, SLA targets, business calendar), and stores change a few times a year.
 * {@link Stores} reports every write, which makes every instance forget.
 */
@Component
class RememberedStores {

	private final ClusterCache<Long, StoreRef> refs;
	private final ClusterCache<Long, StoreCalendarRef> calendars;

	RememberedStores(ClusterSignals signals) {
		this.refs = new ClusterCache<>(signals, "chaindesk_org_stores", Duration.ofMinutes(5), 50_000);
		this.calendars = new ClusterCache<>(signals, "chaindesk_org_stores", Duration.ofMinutes(5), 50_000);
	}

	Optional<StoreRef> ref(long id, Function<Long, Optional<StoreRef>> loader) {
		return refs.get(id, loader);
	}

	Optional<StoreCalendarRef> calendar(long id, Function<Long, Optional<StoreCalendarRef>> loader) {
		return calendars.get(id, loader);
	}

	void changed() {
		refs.changed();
		calendars.changed();
	}
}
