package com.chaindesk.knowledge.search;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Error codes as devices show them ({@code E-1043}, {@code PRN-0x2A}): the analyzer would cut them into {@code e} and
 * {@code 1043}, so they are also kept whole, upper case, and matched exactly.
 */
final class ErrorCodes {

	private static final Pattern CODE = Pattern.compile(
			"(?<![A-Za-z0-9])([A-Za-z]{1,5}-?0[xX][0-9A-Fa-f]{1,8}|[A-Za-z]{1,5}-[0-9]{2,6})(?![A-Za-z0-9])");

	private ErrorCodes() {
	}

	static Set<String> in(String text) {
		Set<String> codes = new LinkedHashSet<>();
		Matcher matcher = CODE.matcher(text);
		while (matcher.find()) {
			codes.add(normal(matcher.group(1)));
		}
		return codes;
	}

	static String normal(String code) {
		return code.strip().toUpperCase(Locale.ROOT);
	}
}
