package com.chaindesk.org.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.chaindesk.org.StoreClosure;
import com.chaindesk.org.StoreDraft;
import com.chaindesk.org.StorePage;
import com.chaindesk.org.StoreView;

/** A store on the wire. {@code name} is keyed by zh-CN (required), zh-TW, en; {@code openingHours} by MON..SUN. */
record StoreJson(Long id, String code, Map<String, String> name, Long regionId, String city, String address,
		BigDecimal latitude, BigDecimal longitude, String timeZone, String locale, String sizeClass, String status,
		Map<String, List<String>> openingHours, List<StoreClosure> closures, String phone, Integer version,
		Boolean openNow) {

	static StoreJson of(StoreView store) {
		return new StoreJson(store.id(), store.code(), store.names(), store.regionId(), store.city(), store.address(),
				store.latitude(), store.longitude(), store.timeZone(), store.locale(), store.sizeClass().name(),
				store.status().name(), store.hours().byDay(), store.closures(), store.phone(), store.version(),
				store.openNow());
	}

	/** What a client sends to register or revise a store; id, status and openNow are ignored if sent back. */
	StoreDraft draft() {
		return new StoreDraft(code, name, regionId, city, address, latitude == null ? null : latitude.doubleValue(),
				longitude == null ? null : longitude.doubleValue(), timeZone, locale, sizeClass, openingHours, closures,
				phone, version);
	}

	record Page(List<StoreJson> content, int page, int size, long totalElements, int totalPages) {
		static Page of(StorePage page) {
			return new Page(page.content().stream().map(StoreJson::of).toList(), page.page(), page.size(),
					page.totalElements(), page.totalPages());
		}
	}
}
