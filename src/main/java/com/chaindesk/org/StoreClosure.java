package com.chaindesk.org;

import java.time.LocalDate;

/** Days a store is shut outside its weekly hours (a refit, a typhoon, the landlord's works), both days included. */
public record StoreClosure(LocalDate startsOn, LocalDate endsOn, String reason) {

	public boolean covers(LocalDate day) {
		return !day.isBefore(startsOn) && !day.isAfter(endsOn);
	}

	boolean overlaps(StoreClosure other) {
		return !startsOn.isAfter(other.endsOn) && !other.startsOn.isAfter(endsOn);
	}
}
