package com.chaindesk.ticket.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.chaindesk.org.StoreRef;
import com.chaindesk.ticket.CustomField;
import com.chaindesk.ticket.TicketQueries;
import com.chaindesk.ticket.TicketSummary;
import com.chaindesk.ticket.TicketView;
import org.springframework.stereotype.Component;

/**
 * What the custom-field and major-incident fragments ({@code ticket/fields.html}, {@code ticket/major.html}) read, so
 * the pages that include them need no model attributes of their own. Templates call it as {@code @ticketPageParts}.
 */
@Component("ticketPageParts")
class TicketPageParts {

	private final TicketQueries queries;

	TicketPageParts(TicketQueries queries) {
		this.queries = queries;
	}

	/** Every custom field a report at this store may ask, whichever category is picked. */
	public List<CustomField> fieldsAt(StoreRef store) {
		return store == null ? List.of() : queries.customFields(store.id(), null);
	}

	/** The ticket's answers with their labels in the reader's language; a field since removed shows its key. */
	public List<Answer> answers(TicketView ticket, Locale reader) {
		if (ticket.fields().isEmpty()) {
			return List.of();
		}
		List<CustomField> defined = queries.customFields(ticket.storeId(), ticket.category());
		List<Answer> out = new ArrayList<>();
		for (Map.Entry<String, Object> answer : ticket.fields().entrySet()) {
			String label = defined.stream().filter(f -> f.key().equals(answer.getKey())).findFirst()
					.map(f -> f.label(reader)).orElse(answer.getKey());
			out.add(new Answer(answer.getKey(), label, String.valueOf(answer.getValue())));
		}
		return out;
	}

	public List<TicketSummary> children(TicketView ticket) {
		return ticket.major() ? queries.children(ticket.id()) : List.of();
	}

	/** One answered field as the ticket page shows it. */
	record Answer(String key, String label, String value) {
	}
}
