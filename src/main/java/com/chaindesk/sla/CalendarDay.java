package com.chaindesk.sla;

import java.time.LocalDate;
import java.util.Objects;

/** One date of a holiday calendar that differs from an ordinary week, with the name the notice gives it. */
public record CalendarDay(LocalDate date, DayKind kind, String name) {

	public static final int MAX_NAME_LENGTH = 60;

	public CalendarDay {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(kind, "kind");
		name = name == null ? "" : name.strip();
	}
}
