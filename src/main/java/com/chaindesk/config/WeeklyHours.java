package com.chaindesk.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.chaindesk.platform.FieldProblem;

/**
 * The rules for opening hours by weekday: {@code {"MON":["09:00-21:00"], ...}}. A day that is missing or empty is
 * closed; a span may end after midnight ({@code 18:00-02:00}); {@code 00:00-24:00} is open all day.
 */
public final class WeeklyHours {

	public static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

	private static final Pattern SPAN = Pattern.compile("([01]\\d|2[0-3]):([0-5]\\d)-([01]\\d|2[0-3]|24):([0-5]\\d)");

	private WeeklyHours() {
	}

	/** Typical mall hours: ten to ten, half an hour longer on Friday and Saturday. */
	public static Map<String, List<String>> mallHours() {
		Map<String, List<String>> hours = new LinkedHashMap<>();
		for (String day : DAYS) {
			hours.put(day, List.of(day.equals("FRI") || day.equals("SAT") ? "10:00-22:30" : "10:00-22:00"));
		}
		return hours;
	}

	public static List<FieldProblem> problems(Map<String, List<String>> week) {
		List<FieldProblem> problems = new ArrayList<>();
		for (Map.Entry<String, List<String>> day : week.entrySet()) {
			if (!DAYS.contains(day.getKey())) {
				problems.add(new FieldProblem(day.getKey(), "not a weekday; one of " + DAYS));
				continue;
			}
			List<String> spans = day.getValue() == null ? List.of() : day.getValue();
			List<int[]> minutes = new ArrayList<>();
			for (int i = 0; i < spans.size(); i++) {
				String field = day.getKey() + "[" + i + "]";
				Matcher m = spans.get(i) == null ? null : SPAN.matcher(spans.get(i));
				if (m == null || !m.matches()) {
					problems.add(new FieldProblem(field, "a span as HH:mm-HH:mm, e.g. 09:00-21:00"));
					continue;
				}
				int start = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
				int end = Integer.parseInt(m.group(3)) * 60 + Integer.parseInt(m.group(4));
				if (end > 24 * 60) {
					problems.add(new FieldProblem(field, "24:00 is the latest end of a day"));
				}
				else if (start == end) {
					problems.add(new FieldProblem(field, "starts and ends at the same time; use 00:00-24:00 for all day"));
				}
				else {
					// A span past midnight ends on the next day; it counts up to midnight for overlap within the day.
					minutes.add(new int[] { start, end < start ? 24 * 60 : end, i });
				}
			}
			minutes.sort((a, b) -> Integer.compare(a[0], b[0]));
			for (int i = 1; i < minutes.size(); i++) {
				if (minutes.get(i)[0] < minutes.get(i - 1)[1]) {
					problems.add(new FieldProblem(day.getKey() + "[" + minutes.get(i)[2] + "]", "overlaps another span of the same day"));
				}
			}
		}
		return problems;
	}
}
