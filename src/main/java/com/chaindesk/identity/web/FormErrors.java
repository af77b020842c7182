package com.chaindesk.identity.web;

import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

import com.chaindesk.platform.FieldProblem;
import com.chaindesk.platform.InvalidInput;

/**
 * The fields of a form that need fixing, each with the message key to show under it. The domain names the fields
 * (in English, for the API); the page shows its own words for each. Serializable, because it survives a redirect in
 * the session.
 */
public record FormErrors(Map<String, String> keys) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	public FormErrors {
		keys = new LinkedHashMap<>(keys);
	}

	static FormErrors none() {
		return new FormErrors(Map.of());
	}

	/** One message per field, keyed {@code prefix.field}; {@code scope.storeId} counts as {@code scope}. */
	static FormErrors of(String prefix, InvalidInput invalid) {
		Map<String, String> keys = new LinkedHashMap<>();
		for (FieldProblem problem : invalid.problems()) {
			String field = problem.field().contains(".") ? problem.field().substring(0, problem.field().indexOf('.'))
					: problem.field();
			keys.putIfAbsent(field, prefix + "." + field);
		}
		return new FormErrors(keys);
	}

	static FormErrors of(String field, String messageKey) {
		return new FormErrors(Map.of(field, messageKey));
	}

	public boolean any() {
		return !keys.isEmpty();
	}

	public boolean has(String field) {
		return keys.containsKey(field);
	}

	public String key(String field) {
		return keys.get(field);
	}
}
