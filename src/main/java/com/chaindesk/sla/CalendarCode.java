package com.chaindesk.sla;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The holiday calendars the chain follows: mainland China, Taiwan, Hong Kong. */
public enum CalendarCode {
	CN, TW, HK;

	public static final List<String> NAMES = Arrays.stream(values()).map(Enum::name).toList();

	public static Optional<CalendarCode> find(String code) {
		return code == null ? Optional.empty()
				: Arrays.stream(values()).filter(c -> c.name().equals(code.strip().toUpperCase(Locale.ROOT))).findFirst();
	}
}
