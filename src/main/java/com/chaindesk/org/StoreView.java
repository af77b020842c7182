package com.chaindesk.org;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Everything the organisation knows about one store, for pages and the API. */
public record StoreView(long id, String code, Map<String, String> names, long regionId, String city, String address,
		BigDecimal latitude, BigDecimal longitude, String timeZone, String locale, SizeClass sizeClass,
		StoreStatus status, WeeklyHours hours, List<StoreClosure> closures, String phone, int version,
		boolean openNow) {

	public String name(Locale reader) {
		return LocalizedNames.pick(names, reader);
	}
}
