package com.chaindesk.sla;

import java.util.List;

/** One year of a holiday calendar as a file gives it: the dates that differ from an ordinary week. */
public record HolidayYear(int year, List<CalendarDay> days) {

	public HolidayYear {
		days = List.copyOf(days);
	}

	public long holidays() {
		return days.stream().filter(d -> d.kind() == DayKind.HOLIDAY).count();
	}

	public long workdays() {
		return days.stream().filter(d -> d.kind() == DayKind.WORKDAY).count();
	}
}
