package com.chaindesk.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.chaindesk.org.StoreClosure;
import com.chaindesk.org.WeeklyHours;

/**
 * A store's business calendar, the policy that decides which hours of a day count:
 * <ol>
 * <li>a day covered by a store closure has none;</li>
 * <li>a public holiday of the store's holiday calendar has none;</li>
 * <li>an adjusted working day (调休上班: a weekend worked in exchange for a longer holiday) is worked like an ordinary
 * weekday: the store's Monday hours, or, for a store closed on Mondays, its first weekday (Monday to Sunday) that has
 * hours. The notices move weekday work onto that date, so the store's own weekend hours are not what counts;</li>
 * <li>any other day has the store's weekly hours for its weekday.</li>
 * </ol>
 * A span belongs to the day it starts: Friday's 22:00-02:00 runs into Saturday even when Saturday is a holiday, and a
 * holiday's Friday spans are dropped whole. {@code 00:00-24:00} is the whole day. Days begin in the store's zone.
 */
public final class StoreBusinessCalendar implements BusinessCalendar {

	private static final int DAY_MINUTES = 24 * 60;

	private final ZoneId zone;
	private final WeeklyHours hours;
	private final List<StoreClosure> closures;
	private final Map<LocalDate, CalendarDay> calendarDays;

	StoreBusinessCalendar(ZoneId zone, WeeklyHours hours, List<StoreClosure> closures, Collection<CalendarDay> days) {
		this(zone, hours, closures, byDate(days));
	}

	/** With the holiday calendar's days already by date (see {@link HolidayCalendars}): nothing to copy per store. */
	StoreBusinessCalendar(ZoneId zone, WeeklyHours hours, List<StoreClosure> closures, Map<LocalDate, CalendarDay> daysByDate) {
		this.zone = Objects.requireNonNull(zone, "zone");
		this.hours = Objects.requireNonNull(hours, "hours");
		this.closures = List.copyOf(closures);
		this.calendarDays = Map.copyOf(daysByDate);
	}

	/** A calendar's listed days by date; of two entries for one date the later counts. */
	static Map<LocalDate, CalendarDay> byDate(Collection<CalendarDay> days) {
		return days.stream().collect(Collectors.toUnmodifiableMap(CalendarDay::date, Function.identity(), (a, b) -> b));
	}

	@Override
	public ZoneId zone() {
		return zone;
	}

	@Override
	public BusinessDay day(LocalDate date) {
		Optional<StoreClosure> closure = closures.stream().filter(c -> c.covers(date)).findFirst();
		if (closure.isPresent()) {
			return new BusinessDay(date, DayType.CLOSURE, closure.get().reason(), List.of());
		}
		CalendarDay listed = calendarDays.get(date);
		if (listed != null && listed.kind() == DayKind.HOLIDAY) {
			return new BusinessDay(date, DayType.HOLIDAY, listed.name(), List.of());
		}
		if (listed != null) {
			return new BusinessDay(date, DayType.WORKDAY, listed.name(), spans(date, adjustedWorkdayHours()));
		}
		return new BusinessDay(date, DayType.REGULAR, "", spans(date, hours.on(date.getDayOfWeek())));
	}

	/** Monday's hours, else the first weekday's that has any; none for a store without hours. */
	private List<String> adjustedWorkdayHours() {
		for (DayOfWeek weekday : DayOfWeek.values()) {
			List<String> spans = hours.on(weekday);
			if (!spans.isEmpty()) {
				return spans;
			}
		}
		return List.of();
	}

	private List<BusinessSpan> spans(LocalDate date, List<String> texts) {
		List<BusinessSpan> out = new ArrayList<>();
		for (String text : texts) {
			int start = minutes(text.substring(0, 5));
			int end = minutes(text.substring(6, 11));
			LocalDate endDate = end <= start || end == DAY_MINUTES ? date.plusDays(1) : date;
			Instant from = date.atTime(LocalTime.of(start / 60, start % 60)).atZone(zone).toInstant();
			int endOfDay = end % DAY_MINUTES;
			Instant to = endDate.atTime(LocalTime.of(endOfDay / 60, endOfDay % 60)).atZone(zone).toInstant();
			if (to.isAfter(from)) { // a span swallowed by a daylight-saving jump has nothing left to count
				out.add(new BusinessSpan(from, to));
			}
		}
		out.sort((a, b) -> a.start().compareTo(b.start()));
		return out;
	}

	private static int minutes(String hhmm) {
		return Integer.parseInt(hhmm.substring(0, 2)) * 60 + Integer.parseInt(hhmm.substring(3, 5));
	}

	private LocalDate localDate(Instant at) {
		return at.atZone(zone).toLocalDate();
	}

	@Override
	public Instant addBusinessTime(Instant from, Duration amount) {
		if (amount.isNegative()) {
			throw new IllegalArgumentException("A negative amount of business time: " + amount);
		}
		if (amount.isZero()) {
			return from;
		}
		Duration left = amount;
		Instant cursor = from;
		int daysWithout = 0;
		// The day before may have a span running past midnight into from's day.
		for (LocalDate date = localDate(from).minusDays(1);; date = date.plusDays(1)) {
			boolean counted = false;
			for (BusinessSpan span : day(date).spans()) {
				Instant start = span.start().isAfter(cursor) ? span.start() : cursor;
				if (!span.end().isAfter(start)) {
					continue;
				}
				counted = true;
				Duration available = Duration.between(start, span.end());
				if (left.compareTo(available) <= 0) {
					return start.plus(left);
				}
				left = left.minus(available);
				cursor = span.end();
			}
			daysWithout = counted ? 0 : daysWithout + 1;
			if (daysWithout > LOOK_AHEAD_DAYS) {
				throw new NoBusinessTime(from, LOOK_AHEAD_DAYS);
			}
		}
	}

	@Override
	public Duration businessTimeBetween(Instant from, Instant to) {
		if (to.isBefore(from)) {
			return businessTimeBetween(to, from).negated();
		}
		Duration total = Duration.ZERO;
		Instant cursor = from;
		LocalDate last = localDate(to);
		for (LocalDate date = localDate(from).minusDays(1); !date.isAfter(last); date = date.plusDays(1)) {
			for (BusinessSpan span : day(date).spans()) {
				Instant start = span.start().isAfter(cursor) ? span.start() : cursor;
				Instant end = span.end().isBefore(to) ? span.end() : to;
				if (end.isAfter(start)) {
					total = total.plus(Duration.between(start, end));
				}
				if (span.end().isAfter(cursor)) {
					cursor = span.end();
				}
			}
		}
		return total;
	}

	@Override
	public boolean isBusinessTime(Instant at) {
		LocalDate date = localDate(at);
		return day(date.minusDays(1)).spans().stream().anyMatch(s -> s.contains(at))
				|| day(date).spans().stream().anyMatch(s -> s.contains(at));
	}

	@Override
	public Optional<Instant> nextBusinessStart(Instant at) {
		LocalDate first = localDate(at).minusDays(1);
		for (int i = 0; i <= LOOK_AHEAD_DAYS + 1; i++) {
			for (BusinessSpan span : day(first.plusDays(i)).spans()) {
				if (span.contains(at)) {
					return Optional.of(at);
				}
				if (!span.start().isBefore(at)) {
					return Optional.of(span.start());
				}
			}
		}
		return Optional.empty();
	}
}
