package com.chaindesk.org;

import java.util.List;

import com.chaindesk.platform.FieldProblem;

/** One rule broken by one field, named the way the client sent it ({@code name.zh-CN}, {@code openingHours.MON[0]}). */
public record Breach(String field, Rule rule, List<Object> args) {

	public Breach {
		args = List.copyOf(args);
	}

	public Breach(String field, Rule rule, Object... args) {
		this(field, rule, List.of(args));
	}

	public String message() {
		return rule.english(args.toArray());
	}

	FieldProblem problem() {
		return new FieldProblem(field, message());
	}
}
