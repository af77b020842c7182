package com.chaindesk.org;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a store opens, week after week: per weekday a list of spans like {@code 09:00-21:00}. A span may run past
 * midnight ({@code 22:00-02:00} opens on Friday evening and closes early on Saturday); {@code 00:00-24:00} is the
 * whole day. Spans never overlap, not even across midnight or from Sunday night into Monday, because a store that
 * is "open twice" at once means somebody mistyped. Times are wall-clock times in the store's own zone.
 */
public final class WeeklyHours {

	private static final int DAY = 24 * 60;
	private static final int WEEK = 7 * DAY;
	private static final Pattern SPAN = Pattern.compile("(\\d{2}):(\\d{2})-(\\d{2}):(\\d{2})");
	private static final Pattern SEPARATORS = Pattern.compile("[,;，；、\\s]+");
	private static final int MAX_SPANS_PER_DAY = 6;

	/** A weekday's key in JSON and CSV: MON, TUE, ... SUN. */
	public static String key(DayOfWeek day) {
		return day.getDisplayName(TextStyle.SHORT, Locale.ROOT).toUpperCase(Locale.ROOT);
	}

	private static DayOfWeek day(String key) {
		return Arrays.stream(DayOfWeek.values()).filter(d -> key(d).equalsIgnoreCase(key.strip())).findFirst().orElse(null);
	}

	/** One opening span; {@code end} is 1..1440 minutes after midnight, at or before {@code start} when it runs past midnight. */
	private record Span(DayOfWeek day, int start, int end) {

		boolean crossesMidnight() {
			return end <= start;
		}

		int from() {
			return (day.getValue() - 1) * DAY + start;
		}

		int to() {
			return from() + (crossesMidnight() ? DAY - start + end : end - start);
		}

		boolean covers(int weekMinute) {
			return (weekMinute >= from() && weekMinute < to())
					|| (weekMinute + WEEK >= from() && weekMinute + WEEK < to());
		}

		boolean overlaps(Span other) {
			for (int shift : new int[] { -WEEK, 0, WEEK }) {
				if (from() < other.to() + shift && other.from() + shift < to()) {
					return true;
				}
			}
			return false;
		}

		@Override
		public String toString() {
			return "%02d:%02d-%02d:%02d".formatted(start / 60, start % 60, end / 60, end % 60);
		}
	}

	private final Map<DayOfWeek, List<Span>> days;

	/** The spans as text, kept: business calendars ask for a day's hours for every clock they start or move. */
	private final Map<DayOfWeek, List<String>> texts;

	private WeeklyHours(Map<DayOfWeek, List<Span>> days) {
		EnumMap<DayOfWeek, List<Span>> copy = new EnumMap<>(DayOfWeek.class);
		EnumMap<DayOfWeek, List<String>> text = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			copy.put(day, List.copyOf(days.getOrDefault(day, List.of())));
			text.put(day, copy.get(day).stream().map(Span::toString).toList());
		}
		this.days = copy;
		this.texts = text;
	}

	/** Closed every day. */
	public static WeeklyHours closed() {
		return new WeeklyHours(Map.of());
	}

	/**
	 * Reads hours keyed by MON..SUN (days left out are closed). Refuses malformed, empty and overlapping spans, naming
	 * each as {@code field.DAY[i]} (or {@code field.DAY} for an overlap).
	 */
	public static WeeklyHours of(Map<String, List<String>> byDay, String field) {
		Breaches breaches = new Breaches();
		WeeklyHours hours = read(byDay, field, breaches);
		breaches.throwIfAny();
		return hours;
	}

	/** Same as {@link #of(Map, String)} with the JSON field name {@code openingHours}. */
	public static WeeklyHours of(Map<String, List<String>> byDay) {
		return of(byDay, "openingHours");
	}

	static WeeklyHours read(Map<String, List<String>> byDay, String field, Breaches breaches) {
		Map<DayOfWeek, List<Span>> days = new EnumMap<>(DayOfWeek.class);
		if (byDay == null) {
			breaches.add(field, Rule.REQUIRED);
			return closed();
		}
		int before = breaches.list().size();
		byDay.forEach((key, spans) -> {
			DayOfWeek day = key == null ? null : day(key);
			if (day == null) {
				breaches.add(field + "." + key, Rule.UNKNOWN_DAY);
				return;
			}
			List<Span> parsed = new ArrayList<>();
			List<String> texts = spans == null ? List.of() : spans;
			if (texts.size() > MAX_SPANS_PER_DAY) {
				breaches.add(field + "." + key(day), Rule.LIST_TOO_LONG, MAX_SPANS_PER_DAY);
				return;
			}
			for (int i = 0; i < texts.size(); i++) {
				Span span = span(day, texts.get(i), field + "." + key(day) + "[" + i + "]", breaches);
				if (span != null) {
					parsed.add(span);
				}
			}
			days.put(day, parsed);
		});
		if (breaches.list().size() > before) {
			return closed();
		}
		List<Span> all = days.values().stream().flatMap(List::stream).sorted(Comparator.comparingInt(Span::from)).toList();
		for (int i = 0; i < all.size(); i++) {
			for (int j = i + 1; j < all.size(); j++) {
				if (all.get(i).overlaps(all.get(j))) {
					Span later = all.get(j);
					breaches.add(field + "." + key(later.day()), Rule.SPAN_OVERLAP,
							key(all.get(i).day()) + " " + all.get(i) + " / " + key(later.day()) + " " + later);
				}
			}
		}
		days.replaceAll((day, spans) -> spans.stream().sorted(Comparator.comparingInt(Span::start)).toList());
		return new WeeklyHours(days);
	}

	private static Span span(DayOfWeek day, String text, String field, Breaches breaches) {
		Matcher m = text == null ? null : SPAN.matcher(text.strip());
		if (m == null || !m.matches()) {
			breaches.add(field, Rule.SPAN_FORMAT);
			return null;
		}
		int startHour = Integer.parseInt(m.group(1));
		int startMinute = Integer.parseInt(m.group(2));
		int endHour = Integer.parseInt(m.group(3));
		int endMinute = Integer.parseInt(m.group(4));
		boolean endIsMidnight = endHour == 24 && endMinute == 0;
		if (startHour > 23 || startMinute > 59 || endMinute > 59 || (endHour > 23 && !endIsMidnight)) {
			breaches.add(field, Rule.SPAN_FORMAT);
			return null;
		}
		int start = startHour * 60 + startMinute;
		int end = endHour * 60 + endMinute;
		if (end == start) {
			breaches.add(field, Rule.SPAN_EMPTY);
			return null;
		}
		// "22:00-00:00" means until midnight, the same as "22:00-24:00".
		return new Span(day, start, end == 0 ? DAY : end);
	}

	/** Splits what a person types for one day ("09:00-12:00, 13:00-21:00") into spans; blank means closed. */
	public static List<String> splitDay(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(SEPARATORS.split(text.strip())).filter(s -> !s.isEmpty()).toList();
	}

	/** Whether the store is open at this wall-clock moment (give it in the store's zone). */
	public boolean isOpenAt(ZonedDateTime at) {
		int minute = (at.getDayOfWeek().getValue() - 1) * DAY + at.getHour() * 60 + at.getMinute();
		return days.values().stream().flatMap(List::stream).anyMatch(span -> span.covers(minute));
	}

	/** The spans of one day, as text. */
	public List<String> on(DayOfWeek day) {
		return texts.get(day);
	}

	/** All seven days in order MON..SUN, closed days as empty lists: the JSON form. */
	public Map<String, List<String>> byDay() {
		Map<String, List<String>> out = new LinkedHashMap<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			out.put(key(day), on(day));
		}
		return out;
	}

	/** One day as a person types it: "09:00-12:00, 13:00-21:00". */
	public String text(DayOfWeek day) {
		return String.join(", ", on(day));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof WeeklyHours hours && hours.days.equals(days);
	}

	@Override
	public int hashCode() {
		return days.hashCode();
	}

	@Override
	public String toString() {
		return byDay().toString();
	}
}
