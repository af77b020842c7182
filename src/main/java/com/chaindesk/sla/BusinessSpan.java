package com.chaindesk.sla;

import java.time.Duration;
import java.time.Instant;

/** One stretch of business time, from {@code start} (included) to {@code end} (excluded). */
public record BusinessSpan(Instant start, Instant end) {

	public BusinessSpan {
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("A business span ends after it starts: " + start + " - " + end);
		}
	}

	public Duration length() {
		return Duration.between(start, end);
	}

	public boolean contains(Instant at) {
		return !at.isBefore(start) && at.isBefore(end);
	}

	/** The business time this span shares with {@code [from, to)}. */
	Duration overlap(Instant from, Instant to) {
		Instant a = from.isAfter(start) ? from : start;
		Instant b = to.isBefore(end) ? to : end;
		return b.isAfter(a) ? Duration.between(a, b) : Duration.ZERO;
	}
}
