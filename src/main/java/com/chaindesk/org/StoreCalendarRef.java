package com.chaindesk.org;

import java.util.List;

/**
 * What other modules need to know about when a store works: its zone, weekly hours and closures. Unscoped, like the
 * rest of {@link OrgDirectory}.
 */
public record StoreCalendarRef(long storeId, long regionId, String timeZone, WeeklyHours hours,
		List<StoreClosure> closures) {

	public StoreCalendarRef {
		closures = List.copyOf(closures);
	}
}
