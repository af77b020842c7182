package com.chaindesk.org;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * The rules the organisation's records keep. Each has an English text for the API and a message key
 * ({@code org.rule.<name>}) for pages, so a store manager reads the reason in their own language.
 */
public enum Rule {

	REQUIRED("required"),
	TOO_LONG("at most {0} characters"),
	PATTERN("must look like {0}"),
	CODE("2 to 20 capital letters, digits or dashes, e.g. {0}"),
	ONE_OF("must be one of {0}"),
	RANGE("must be between {0} and {1}"),
	TIME_ZONE("not a known IANA time zone, e.g. Asia/Shanghai"),
	SPAN_FORMAT("not a span like 09:00-21:00"),
	SPAN_EMPTY("a span must not end when it starts"),
	SPAN_OVERLAP("spans overlap: {0}"),
	UNKNOWN_DAY("unknown weekday; use MON, TUE, WED, THU, FRI, SAT, SUN"),
	CLOSURE_ORDER("ends before it starts"),
	CLOSURE_OVERLAP("overlaps another closure"),
	UNKNOWN_REGION("no such region"),
	UNKNOWN_TEAM("no such team"),
	UNKNOWN_VENDOR("no such vendor"),
	TEAM_OR_VENDOR("an agent works for a team or a vendor, not both"),
	DUPLICATE_IN_FILE("the same code is already on line {0}"),
	DUPLICATE("already used by another record"),
	DATE_FORMAT("not a date like 2026-01-31"),
	NUMBER_FORMAT("not a number"),
	OUTSIDE_SCOPE("outside your scope"),
	LIST_TOO_LONG("at most {0} entries");

	private final String english;

	Rule(String english) {
		this.english = english;
	}

	/** The text the API sends. */
	public String english(Object... args) {
		return new MessageFormat(english, Locale.ROOT).format(args);
	}

	/** The message key pages translate. */
	public String messageKey() {
		return "org.rule." + name().toLowerCase(Locale.ROOT);
	}
}
