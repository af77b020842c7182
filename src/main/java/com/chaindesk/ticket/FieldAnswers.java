package com.chaindesk.ticket;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.chaindesk.platform.FieldProblem;

/**
 * Checks a store's answers to the custom fields of its ticket's category and puts them in one shape: text stripped,
 * numbers as numbers (a form sends "4", an API client 4), dates as yyyy-MM-dd. Each problem is named
 * {@code fields.<key>}.
 */
final class FieldAnswers {

	private FieldAnswers() {
	}

	static Map<String, Object> check(List<CustomField> asked, Map<String, Object> given, String category,
			List<FieldProblem> problems) {
		Map<String, Object> answers = new LinkedHashMap<>();
		Map<String, Object> values = given == null ? Map.of() : given;
		for (String key : values.keySet()) {
			if (asked.stream().noneMatch(f -> f.key().equals(key))) {
				problems.add(new FieldProblem("fields." + key, "not a field of category " + category + "; its fields are "
						+ new TreeSet<>(asked.stream().map(CustomField::key).toList())));
			}
		}
		for (CustomField field : asked) {
			Object value = values.get(field.key());
			if (value == null || value instanceof String text && text.isBlank()) {
				if (field.required()) {
					problems.add(new FieldProblem("fields." + field.key(), "required"));
				}
				continue;
			}
			String problem = switch (field.type()) {
				case TEXT -> value instanceof String text && text.strip().length() <= CustomField.TEXT_MAX
						? put(answers, field, text.strip()) : "text of at most " + CustomField.TEXT_MAX + " characters";
				case NUMBER -> number(value).isPresent() ? put(answers, field, number(value).get()) : "a number";
				case CHOICE -> value instanceof String text && field.choices().contains(text.strip())
						? put(answers, field, text.strip()) : "one of " + field.choices();
				case DATE -> date(value) != null ? put(answers, field, date(value).toString()) : "a date as yyyy-MM-dd";
			};
			if (problem != null) {
				problems.add(new FieldProblem("fields." + field.key(), problem));
			}
		}
		return answers;
	}

	private static String put(Map<String, Object> answers, CustomField field, Object value) {
		answers.put(field.key(), value);
		return null;
	}

	private static java.util.Optional<Number> number(Object value) {
		BigDecimal number;
		try {
			if (value instanceof Number n && !(value instanceof Double d && (d.isNaN() || d.isInfinite()))) {
				number = new BigDecimal(n.toString());
			}
			else if (value instanceof String text) {
				number = new BigDecimal(text.strip());
			}
			else {
				return java.util.Optional.empty();
			}
		}
		catch (NumberFormatException e) {
			return java.util.Optional.empty();
		}
		if (number.abs().compareTo(BigDecimal.valueOf(1_000_000_000L)) > 0) {
			return java.util.Optional.empty();
		}
		BigDecimal plain = number.stripTrailingZeros();
		return java.util.Optional.of(plain.scale() <= 0 ? plain.longValueExact() : plain);
	}

	private static LocalDate date(Object value) {
		if (!(value instanceof String text)) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}
}
