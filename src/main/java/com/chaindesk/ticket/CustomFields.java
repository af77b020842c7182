package com.chaindesk.ticket;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.chaindesk.config.Settings;
import com.chaindesk.org.StoreRef;
import com.chaindesk.platform.OrgScope;
import org.springframework.stereotype.Component;

/**
 * The custom fields in force at one store: HQ's list, then the additions of the store's region. A regional field never
 * replaces or removes one of HQ's: one whose key HQ already uses is left out (see {@link TicketSettings}).
 */
@Component
public class CustomFields {

	private final Settings settings;

	CustomFields(Settings settings) {
		this.settings = settings;
	}

	public List<CustomField> at(StoreRef store) {
		OrgScope scope = OrgScope.store(store.id(), store.regionId());
		List<CustomField> merged = new ArrayList<>(settings.effective(TicketSettings.CUSTOM_FIELDS, scope));
		Set<String> keys = new HashSet<>(merged.stream().map(CustomField::key).toList());
		for (CustomField regional : settings.effective(TicketSettings.REGIONAL_CUSTOM_FIELDS, scope)) {
			if (keys.add(regional.key())) {
				merged.add(regional);
			}
		}
		return List.copyOf(merged);
	}

	/** The fields a ticket of this category at this store is asked. */
	public List<CustomField> forCategory(StoreRef store, String category) {
		return at(store).stream().filter(f -> f.appliesTo(category)).toList();
	}
}
