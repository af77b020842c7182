package com.chaindesk.ticket.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.chaindesk.ticket.CustomField;
import com.chaindesk.ticket.CustomFieldType;

/** A custom field as a form renders it: its label in the reader's language, and in every language. */
record CustomFieldJson(String category, String key, String label, Map<String, String> labels, CustomFieldType type,
		boolean required, List<String> choices) {

	static CustomFieldJson of(CustomField field, Locale reader) {
		return new CustomFieldJson(field.category(), field.key(), field.label(reader), field.label(), field.type(),
				field.required(), field.choices());
	}
}
