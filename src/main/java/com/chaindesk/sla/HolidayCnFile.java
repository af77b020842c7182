package com.chaindesk.sla;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Reads the holiday-cn format: {@code isOffDay: true} is a day off (a holiday, or a weekend inside the holiday),
 * {@code false} a weekend worked in exchange (调休上班).
 */
final class HolidayCnFile {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

	private HolidayCnFile() {
	}

	static HolidayYear read(JsonNode root) {
		FileProblems problems = new FileProblems();
		if (!root.isObject()) {
			problems.add("file", "expected an object {year, days: [...]}");
			problems.throwIfAny();
		}
		JsonNode yearNode = root.get("year");
		int year = 0;
		if (yearNode == null || !yearNode.isInt() || yearNode.asInt() < 2000 || yearNode.asInt() > 2100) {
			problems.add("year", "required: a year between 2000 and 2100");
		}
		else {
			year = yearNode.asInt();
		}
		JsonNode days = root.get("days");
		if (days == null || !days.isArray()) {
			problems.add("days", "required: a list of {name, date, isOffDay}");
			problems.throwIfAny();
		}
		if (days.size() > HolidayFileFormat.MAX_ENTRIES) {
			problems.add("days", "at most " + HolidayFileFormat.MAX_ENTRIES + " entries");
			problems.throwIfAny();
		}
		List<CalendarDay> out = new ArrayList<>();
		for (int i = 0; i < days.size(); i++) {
			String at = "days[" + i + "]";
			JsonNode entry = days.get(i);
			if (!entry.isObject()) {
				problems.add(at, "expected {name, date, isOffDay}");
				continue;
			}
			String name = problems.text(entry, "name", at + ".name", true);
			LocalDate date = problems.date(entry, "date", at + ".date", DATE, "yyyy-MM-dd");
			Boolean offDay = problems.flag(entry, "isOffDay", at + ".isOffDay");
			if (date != null && year != 0 && date.getYear() != year) {
				problems.add(at + ".date", "not in " + year + ": " + date);
			}
			if (name.isEmpty() && entry.get("name") != null && entry.get("name").isString()) {
				problems.add(at + ".name", "required");
			}
			if (date != null && offDay != null) {
				out.add(new CalendarDay(date, offDay ? DayKind.HOLIDAY : DayKind.WORKDAY, name));
			}
		}
		problems.throwIfAny();
		return new HolidayYear(year, out);
	}
}
