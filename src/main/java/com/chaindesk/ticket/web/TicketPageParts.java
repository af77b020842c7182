package com.chaindesk.ticket.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.chaindesk.org.OrgDirectory;
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
	private final OrgDirectory directory;

	TicketPageParts(TicketQueries queries, OrgDirectory directory) {
		this.queries = queries;
		this.directory = directory;
	}

	/** A linked ticket's store, so the desk sees at a glance which stores an incident hits. */
	public String storeName(long storeId, Locale reader) {
		return directory.store(storeId).map(s -> s.name(reader)).orElse(String.valueOf(storeId));
	}

	/** Every custom field a report at this store may ask, whichever category is picked. */
	public List<CustomField> fieldsAt(StoreRef store) {
		return store == null ? List.of() : queries.customFields(store.id(), null);
	}

	/**
	 * The report form's CSS that shows each field only while a category it applies to is picked (no script needed).
	 * Category codes and keys are checked to be lower-case letters, digits and dashes, so they are safe in a selector.
	 */
	public String showWhenPicked(List<CustomField> fields) {
		StringBuilder css = new StringBuilder(".cd-cf { display: none; }\n");
		for (CustomField f : fields) {
			css.append("#report:has(input[name=category][value=\"").append(f.category()).append("\"]:checked) .cd-cf-")
					.append(f.key()).append(", #report:has(input[name=category][value^=\"").append(f.category())
					.append("-\"]:checked) .cd-cf-").append(f.key()).append(" { display: block; }\n");
		}
		return css.toString();
	}

	/** The ticket's answers with their labels in the reader's language; a field since removed shows its key. */
	public List<Answer> answers(TicketView ticket, Locale reader) {
		if (ticket.fields().isEmpty()) {
			return List.of();
		}
		List<CustomField> defined = queries.customFieldsOf(ticket.id());
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
