package com.chaindesk.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Reads Taiwan's government office calendar: one entry per day. Only what differs from an ordinary week is kept: a
 * holiday on a weekday, a named holiday on a weekend (a 7-day store stops for it too), and a weekend that is worked
 * (補行上班). Plain weekends are left out.
 */
final class TaiwanOfficeCalendarFile {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
	static final String WORKED_WEEKEND = "補行上班";
	static final String DAY_OFF = "放假";

	private TaiwanOfficeCalendarFile() {
	}

	static HolidayYear read(JsonNode root) {
		FileProblems problems = new FileProblems();
		if (!root.isArray()) {
			problems.add("file", "expected a list of {date, week, isHoliday, description}");
			problems.throwIfAny();
		}
		if (root.size() > HolidayFileFormat.MAX_ENTRIES) {
			problems.add("file", "at most " + HolidayFileFormat.MAX_ENTRIES + " entries");
			problems.throwIfAny();
		}
		if (root.isEmpty()) {
			problems.add("file", "no days");
			problems.throwIfAny();
		}
		Integer year = null;
		List<CalendarDay> out = new ArrayList<>();
		for (int i = 0; i < root.size(); i++) {
			String at = "[" + i + "]";
			JsonNode entry = root.get(i);
			if (!entry.isObject()) {
				problems.add(at, "expected {date, week, isHoliday, description}");
				continue;
			}
			LocalDate date = problems.date(entry, "date", at + ".date", DATE, "yyyyMMdd");
			Boolean holiday = problems.flag(entry, "isHoliday", at + ".isHoliday");
			String description = problems.text(entry, "description", at + ".description", false);
			if (date == null || holiday == null) {
				continue;
			}
			if (year == null) {
				year = date.getYear();
			}
			else if (date.getYear() != year) {
				problems.add(at + ".date", "not in " + year + " like the first entry: " + date);
				continue;
			}
			boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
			if (holiday && (!weekend || !description.isEmpty())) {
				out.add(new CalendarDay(date, DayKind.HOLIDAY, description.isEmpty() ? DAY_OFF : description));
			}
			else if (!holiday && weekend) {
				out.add(new CalendarDay(date, DayKind.WORKDAY, description.isEmpty() ? WORKED_WEEKEND : description));
			}
		}
		problems.throwIfAny();
		return new HolidayYear(year, out);
	}
}
