package com.chaindesk.sla;

import java.time.LocalDate;
import java.util.List;

/**
 * One local date of a business calendar: its spans (each starting that date, possibly running past midnight), why it
 * has them, and the name of the holiday, adjusted working day or closure reason.
 */
public record BusinessDay(LocalDate date, DayType type, String name, List<BusinessSpan> spans) {

	public BusinessDay {
		name = name == null ? "" : name;
		spans = List.copyOf(spans);
	}
}
