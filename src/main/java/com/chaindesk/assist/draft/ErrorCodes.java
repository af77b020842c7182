package com.chaindesk.assist.draft;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Error codes as devices show them: one to four letters, a dash, then digits or a hex number ({@code E-1043},
 * {@code PRN-0x2A}, {@code LBL-204}). Compared upper case everywhere (ticket V6's {@code ticket.error_codes} uses
 * the same pattern), so a code typed in lower case still finds the ticket another store opened.
 */
final class ErrorCodes {

	private static final Pattern CODE = Pattern
			.compile("(?<![A-Za-z0-9])([A-Za-z]{1,4}-(?:0[xX][0-9A-Fa-f]+|[0-9]{2,5}))(?![A-Za-z0-9])");

	private ErrorCodes() {
	}

	static List<String> in(String text) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		Set<String> codes = new LinkedHashSet<>();
		Matcher m = CODE.matcher(ProblemText.halfWidth(text));
		while (m.find()) {
			codes.add(canonical(m.group(1)));
		}
		return List.copyOf(codes);
	}

	static String canonical(String code) {
		return code.strip().toUpperCase(Locale.ROOT);
	}
}
