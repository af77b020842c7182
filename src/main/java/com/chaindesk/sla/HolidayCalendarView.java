package com.chaindesk.sla;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.chaindesk.org.LocalizedNames;

/** A holiday calendar: its code, names by language tag and the years that have days or were imported. */
public record HolidayCalendarView(String code, Map<String, String> names, List<Integer> years) {

	public String name(Locale reader) {
		return LocalizedNames.pick(names, reader);
	}
}
