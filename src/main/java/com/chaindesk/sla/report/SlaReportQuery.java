package com.chaindesk.sla.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.chaindesk.platform.FieldProblem;
import com.chaindesk.platform.InvalidInput;

/**
 * What a reader asks the SLA report for: a grouping and a range of days (both ends included, in the chain's zone).
 * Checked whole, so every bad field is named at once.
 */
public record SlaReportQuery(Grouping groupBy, LocalDate from, LocalDate to) {

	/** How far back a report reaches at most: longer ranges are the analytics module's job. */
	static final int MAX_DAYS = 366;

	/** The last 30 days when no range is given. */
	static final int DEFAULT_DAYS = 30;

	public enum Grouping {
		TEAM, VENDOR, REGION, STORE;

		public String param() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** @throws InvalidInput naming groupBy, from or to */
	public static SlaReportQuery parse(String groupBy, String from, String to, ZoneId zone) {
		List<FieldProblem> problems = new ArrayList<>();
		Grouping grouping = Grouping.TEAM;
		if (groupBy != null && !groupBy.isBlank()) {
			try {
				grouping = Grouping.valueOf(groupBy.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				problems.add(new FieldProblem("groupBy", "one of team, vendor, region, store"));
			}
		}
		LocalDate today = LocalDate.now(zone);
		LocalDate end = date(to, "to", problems);
		LocalDate start = date(from, "from", problems);
		if (problems.isEmpty()) {
			end = end == null ? (start == null ? today : min(start.plusDays(DEFAULT_DAYS - 1), today)) : end;
			start = start == null ? end.minusDays(DEFAULT_DAYS - 1) : start;
			if (end.isBefore(start)) {
				problems.add(new FieldProblem("to", "on or after from (" + start + ")"));
			}
			else if (start.plusDays(MAX_DAYS).isBefore(end.plusDays(1))) {
				problems.add(new FieldProblem("to", "at most one year after from (" + start.plusYears(1) + ")"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return new SlaReportQuery(grouping, start, end);
	}

	private static LocalDate date(String value, String field, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			problems.add(new FieldProblem(field, "a date like 2026-11-01"));
			return null;
		}
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}
}
