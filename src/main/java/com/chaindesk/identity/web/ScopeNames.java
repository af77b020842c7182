package com.chaindesk.identity.web;

import java.util.Locale;

import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.RegionRef;
import com.chaindesk.org.StoreRef;
import com.chaindesk.platform.OrgScope;
import org.springframework.stereotype.Component;

/** The name of the region or store an account is bound to, in the reader's language; null for HQ and vendors. */
@Component
class ScopeNames {

	private final OrgDirectory org;

	ScopeNames(OrgDirectory org) {
		this.org = org;
	}

	String of(OrgScope scope, Locale reader) {
		return switch (scope.level()) {
			case REGION -> org.region(scope.regionId()).map(region -> region.name(reader)).orElse("#" + scope.regionId());
			case STORE -> org.store(scope.storeId()).map(store -> storeLabel(store, reader)).orElse("#" + scope.storeId());
			case HQ, VENDOR -> null;
		};
	}

	private String storeLabel(StoreRef store, Locale reader) {
		String region = org.region(store.regionId()).map((RegionRef r) -> r.name(reader)).orElse("");
		return store.name(reader) + (region.isEmpty() ? "" : " · " + region);
	}
}
