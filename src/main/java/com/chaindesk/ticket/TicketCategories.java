package com.chaindesk.ticket;

import java.util.List;
import java.util.Optional;

import com.chaindesk.config.Settings;
import com.chaindesk.config.StandardSettings;
import com.chaindesk.config.TicketCategory;
import com.chaindesk.org.StoreRef;
import com.chaindesk.platform.OrgScope;
import org.springframework.stereotype.Component;

/** The category tree as one store sees it: HQ's standard with its region's variation (config's effective value). */
@Component
public class TicketCategories {

	private final Settings settings;

	TicketCategories(Settings settings) {
		this.settings = settings;
	}

	public List<TicketCategory> of(StoreRef store) {
		return settings.effective(StandardSettings.TICKET_CATEGORIES, OrgScope.store(store.id(), store.regionId()));
	}

	public boolean knows(StoreRef store, String code) {
		return find(of(store), code).isPresent();
	}

	/** The category with this code anywhere in the tree. */
	public static Optional<TicketCategory> find(List<TicketCategory> tree, String code) {
		for (TicketCategory category : tree) {
			if (category.code().equals(code)) {
				return Optional.of(category);
			}
			Optional<TicketCategory> below = find(category.children(), code);
			if (below.isPresent()) {
				return below;
			}
		}
		return Optional.empty();
	}
}
