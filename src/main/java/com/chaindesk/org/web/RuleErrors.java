package com.chaindesk.org.web;

import java.util.function.UnaryOperator;

import com.chaindesk.org.Breach;
import com.chaindesk.org.RuleBroken;
import com.chaindesk.platform.Conflict;
import org.springframework.ui.Model;
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

	/**
	 * A clash on save: a duplicate of the form's unique field shows on that field; anything else means someone
	 * changed the record since the form was loaded, which the page shows as a stale-edit notice.
	 */
	static void show(Conflict conflict, Errors errors, String uniqueField, Model model) {
		if (uniqueField.equals(conflict.field())) {
			errors.rejectValue(uniqueField, "org.rule.duplicate", conflict.getMessage());
		}
		else {
			model.addAttribute("stale", true);
		}
	}
}
