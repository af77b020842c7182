package com.chaindesk.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.chaindesk.org.StoreClosure;
import com.chaindesk.org.WeeklyHours;

/**
 * When the service desk's clocks run for one store: business time is what a store's calendar counts, everything else
 * (nights, holidays, closures) does not. SLA clocks ask it for due moments and elapsed business time.
 * <p>
 * Two kinds: a {@link StoreBusinessCalendar} (the store's weekly hours, its holiday calendar and closures) and
 * {@link AlwaysOn} (24×7, for P1). Pure domain: no Spring, no database.
 */
public sealed interface BusinessCalendar permits StoreBusinessCalendar, AlwaysOn {

	/** How far a calculation looks for business time before it gives up (a store with no hours at all). */
	int LOOK_AHEAD_DAYS = 400;

	/** A store's calendar: its zone, weekly hours, closures and the days of its holiday calendar. */
	static BusinessCalendar of(ZoneId zone, WeeklyHours hours, List<StoreClosure> closures, Collection<CalendarDay> days) {
		return new StoreBusinessCalendar(zone, hours, closures, days);
	}

	/** Every moment is business time (P1 incidents); days are shown in {@code zone}. */
	static BusinessCalendar alwaysOn(ZoneId zone) {
		return new AlwaysOn(zone);
	}

	/** The zone in which days begin and end. */
	ZoneId zone();

	/** One local date: its spans (starting that date) and why. */
	BusinessDay day(LocalDate date);

	/** {@code count} days from {@code from} on. */
	default List<BusinessDay> days(LocalDate from, int count) {
		List<BusinessDay> out = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			out.add(day(from.plusDays(i)));
		}
		return out;
	}

	/**
	 * The moment {@code amount} of business time after {@code from}: the due moment of a clock started at
	 * {@code from}. A zero amount gives {@code from} itself; an amount that ends exactly at a span's end gives that end
	 * (not the next opening).
	 *
	 * @throws IllegalArgumentException for a negative amount
	 * @throws NoBusinessTime when {@value #LOOK_AHEAD_DAYS} days in a row pass without business time
	 */
	Instant addBusinessTime(Instant from, Duration amount);

	/** Business time from {@code from} to {@code to}; negative when {@code to} is earlier. */
	Duration businessTimeBetween(Instant from, Instant to);

	boolean isBusinessTime(Instant at);

	/** {@code at} itself when it is business time, else the next span's start; empty when none within the look-ahead. */
	Optional<Instant> nextBusinessStart(Instant at);
}
