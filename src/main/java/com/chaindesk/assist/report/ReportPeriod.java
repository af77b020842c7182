package com.chaindesk.assist.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import com.chaindesk.platform.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * Whole days, both ends included, counted in the chain's home time (UTC+8, which all its regions share): a
 * conversation belongs to the day it started. Without dates, the last 30 days up to today.
 */
record ReportPeriod(LocalDate from, LocalDate to) {

	static final ZoneId CHAIN_TIME = ZoneId.of("Asia/Shanghai");
	static final int MAX_DAYS = 366;

	static ReportPeriod of(@Nullable LocalDate from, @Nullable LocalDate to, Instant now) {
		LocalDate end = to != null ? to : LocalDate.ofInstant(now, CHAIN_TIME);
		LocalDate start = from != null ? from : end.minusDays(29);
		if (start.isAfter(end)) {
			throw new InvalidInput("from", "must not be after to");
		}
		if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
			throw new InvalidInput("to", "at most " + MAX_DAYS + " days after from");
		}
		return new ReportPeriod(start, end);
	}

	Instant start() {
		return from.atStartOfDay(CHAIN_TIME).toInstant();
	}

	Instant end() {
		return to.plusDays(1).atStartOfDay(CHAIN_TIME).toInstant();
	}
}
