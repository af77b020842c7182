package com.chaindesk.ticket.api;

import java.util.List;
import java.util.Locale;

import com.chaindesk.config.TicketCategory;

/** A category with its name in the reader's language. */
record CategoryJson(String code, String name, List<CategoryJson> children) {

	static CategoryJson of(TicketCategory category, Locale reader) {
		return new CategoryJson(category.code(), category.name(reader),
				category.children().stream().map(c -> of(c, reader)).toList());
	}
}
