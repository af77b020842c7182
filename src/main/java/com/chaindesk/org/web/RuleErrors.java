package com.chaindesk.org.web;

import java.util.function.UnaryOperator;

import com.chaindesk.org.Breach;
import com.chaindesk.org.RuleBroken;
import org.springframework.validation.Errors;

/** Puts the rules a form broke onto its fields, in the reader's language, one message per field. */
final class RuleErrors {

	private RuleErrors() {
	}

	static void show(RuleBroken broken, Errors errors, UnaryOperator<String> fieldOf) {
		for (Breach breach : broken.breaches()) {
			String field = fieldOf.apply(breach.field());
			if (!errors.hasFieldErrors(field)) {
				errors.rejectValue(field, breach.rule().messageKey(), breach.args().toArray(), breach.message());
			}
		}
	}
}
