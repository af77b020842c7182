package com.chaindesk.sla;

/** Why a store's day has the business spans it has. */
public enum DayType {
	/** The store's weekly hours for that weekday. */
	REGULAR,
	/** A public holiday: no business time. */
	HOLIDAY,
	/** An adjusted working day (调休上班): worked like a weekday, see {@link StoreBusinessCalendar}. */
	WORKDAY,
	/** The store is closed that day (refit, typhoon, ...): no business time. */
	CLOSURE,
	/** A 24×7 calendar: always business time. */
	ALWAYS
}
