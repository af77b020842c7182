package com.chaindesk.org;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects every broken rule of one input before refusing it, so the person fixes all fields in one go. */
final class Breaches {

	private final List<Breach> found = new ArrayList<>();

	void add(String field, Rule rule, Object... args) {
		found.add(new Breach(field, rule, args));
	}

	void addAll(List<Breach> more) {
		found.addAll(more);
	}

	boolean has(String field) {
		return found.stream().anyMatch(b -> b.field().equals(field) || b.field().startsWith(field + ".")
				|| b.field().startsWith(field + "["));
	}

	boolean isEmpty() {
		return found.isEmpty();
	}

	/** Required text of at most {@code max} characters; returns it trimmed, or null when broken. */
	String text(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			add(field, Rule.REQUIRED);
			return null;
		}
		return optionalText(field, value, max);
	}

	/** Optional text: blank becomes null. */
	String optionalText(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.strip();
		if (trimmed.length() > max) {
			add(field, Rule.TOO_LONG, max);
			return null;
		}
		return trimmed;
	}

	/** A code like SH-XH-01: 2 to 20 capital letters, digits or dashes. */
	String code(String field, String value, String example) {
		if (value == null || value.isBlank()) {
			add(field, Rule.REQUIRED);
			return null;
		}
		String trimmed = value.strip();
		if (!Store.CODE.matcher(trimmed).matches()) {
			add(field, Rule.CODE, example);
			return null;
		}
		return trimmed;
	}

	String matching(String field, String value, Pattern pattern, String example) {
		if (value == null || value.isBlank()) {
			add(field, Rule.REQUIRED);
			return null;
		}
		String trimmed = value.strip();
		if (!pattern.matcher(trimmed).matches()) {
			add(field, Rule.PATTERN, example);
			return null;
		}
		return trimmed;
	}

	<T> T required(String field, T value) {
		if (value == null) {
			add(field, Rule.REQUIRED);
		}
		return value;
	}

	void throwIfAny() {
		if (!found.isEmpty()) {
			throw new RuleBroken(found);
		}
	}

	List<Breach> list() {
		return List.copyOf(found);
	}
}
