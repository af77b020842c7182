package com.chaindesk.org;

import java.util.List;

/** One thing wrong on one line of an imported file; {@code field} is the CSV column. Line 1 is the header. */
public record ImportProblem(int line, String field, Rule rule, List<Object> args) {

	public ImportProblem {
		args = List.copyOf(args);
	}

	public String message() {
		return rule.english(args.toArray());
	}
}
