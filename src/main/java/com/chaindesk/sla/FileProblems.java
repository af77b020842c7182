package com.chaindesk.sla;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.chaindesk.platform.FieldProblem;
import com.chaindesk.platform.InvalidInput;
import tools.jackson.databind.JsonNode;

/** Collects what is wrong with a holiday file, entry by entry, so that one answer names every bad entry. */
final class FileProblems {

	private static final int MAX = 50;

	private final List<FieldProblem> problems = new ArrayList<>();
	private final Map<LocalDate, String> seen = new HashMap<>();

	void add(String field, String message) {
		if (problems.size() < MAX) {
			problems.add(new FieldProblem(field, message));
		}
	}

	boolean any() {
		return !problems.isEmpty();
	}

	void throwIfAny() {
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	String text(JsonNode entry, String name, String field, boolean required) {
		JsonNode node = entry.get(name);
		if (node == null || node.isNull()) {
			if (required) {
				add(field, "required");
			}
			return "";
		}
		if (!node.isString()) {
			add(field, "must be text: " + node);
			return "";
		}
		String value = node.asString().strip();
		if (value.length() > CalendarDay.MAX_NAME_LENGTH) {
			add(field, "at most " + CalendarDay.MAX_NAME_LENGTH + " characters");
			return "";
		}
		return value;
	}

	Boolean flag(JsonNode entry, String name, String field) {
		JsonNode node = entry.get(name);
		if (node == null || !node.isBoolean()) {
			add(field, node == null || node.isNull() ? "required: true or false" : "must be true or false: " + node);
			return null;
		}
		return node.asBoolean();
	}

	LocalDate date(JsonNode entry, String name, String field, DateTimeFormatter format, String pattern) {
		JsonNode node = entry.get(name);
		if (node == null || !node.isString()) {
			add(field, node == null || node.isNull() ? "required: a date " + pattern : "not a date " + pattern + ": " + node);
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(node.asString().strip(), format);
			String earlier = seen.putIfAbsent(date, field);
			if (earlier != null) {
				add(field, "the same date as " + earlier + ": " + date);
				return null;
			}
			return date;
		}
		catch (DateTimeParseException e) {
			add(field, "not a date " + pattern + ": \"" + node.asString() + "\"");
			return null;
		}
	}
}
