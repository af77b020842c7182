package com.chaindesk.assist.report;

import java.util.Locale;

import com.chaindesk.platform.InvalidInput;
import org.jspecify.annotations.Nullable;

/** What the report's rows are: one per region or one per store. */
public enum Grouping {
	REGION, STORE;

	/** {@code region} or {@code store}, any case; none means by region. */
	public static Grouping parse(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return REGION;
		}
		try {
			return valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput("groupBy", "region or store");
		}
	}
}
