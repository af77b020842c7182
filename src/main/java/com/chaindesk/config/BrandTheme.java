package com.chaindesk.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.chaindesk.platform.FieldProblem;

/**
 * The chain's look on every page: its logo and primary colour. A region may use its own (a franchise brand).
 *
 * @param logoUrl an http(s) address or a path on ChainDesk starting with {@code /}; blank shows the name only
 * @param primaryColor {@code #RRGGBB}
 */
public record BrandTheme(String logoUrl, String primaryColor) {

	private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

	public List<FieldProblem> problems() {
		List<FieldProblem> problems = new ArrayList<>();
		if (primaryColor == null || !COLOUR.matcher(primaryColor).matches()) {
			problems.add(new FieldProblem("primaryColor", "a colour as #RRGGBB, e.g. #1677FF"));
		}
		if (logoUrl != null && !logoUrl.isBlank()) {
			boolean web = logoUrl.startsWith("https://") || logoUrl.startsWith("http://");
			boolean local = logoUrl.startsWith("/") && !logoUrl.startsWith("//");
			if (logoUrl.length() > 500) {
				problems.add(new FieldProblem("logoUrl", "at most 500 characters"));
			}
			else if (!(web || local) || logoUrl.chars().anyMatch(c -> Character.isWhitespace(c) || c == '"' || c == '<')) {
				problems.add(new FieldProblem("logoUrl", "an http(s) address or a path starting with /"));
			}
		}
		return problems;
	}

	public boolean hasLogo() {
		return logoUrl != null && !logoUrl.isBlank();
	}
}
