package com.chaindesk.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** 24×7: every moment counts. P1 incidents run on it whatever the store's hours or holidays. */
public record AlwaysOn(ZoneId zone) implements BusinessCalendar {

	public AlwaysOn {
		Objects.requireNonNull(zone, "zone");
	}

	@Override
	public BusinessDay day(LocalDate date) {
		return new BusinessDay(date, DayType.ALWAYS, "",
				List.of(new BusinessSpan(date.atStartOfDay(zone).toInstant(), date.plusDays(1).atStartOfDay(zone).toInstant())));
	}

	@Override
	public Instant addBusinessTime(Instant from, Duration amount) {
		if (amount.isNegative()) {
			throw new IllegalArgumentException("A negative amount of business time: " + amount);
		}
		return from.plus(amount);
	}

	@Override
	public Duration businessTimeBetween(Instant from, Instant to) {
		return Duration.between(from, to);
	}

	@Override
	public boolean isBusinessTime(Instant at) {
		return true;
	}

	@Override
	public Optional<Instant> nextBusinessStart(Instant at) {
		return Optional.of(at);
	}
}
