package com.chaindesk.sla;

import java.util.List;

/** A store's business days as people see them: which holiday calendar it follows, in which zone. */
public record StoreCalendarView(long storeId, String storeCode, String timeZone, String calendarCode,
		List<BusinessDay> days) {

	public StoreCalendarView {
		days = List.copyOf(days);
	}
}
