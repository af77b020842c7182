package com.chaindesk.assist.chat;

import java.util.List;
import java.util.Locale;

import com.chaindesk.org.StoreRef;
import com.chaindesk.ticket.CustomField;
import com.chaindesk.ticket.TicketCategories;
import com.chaindesk.ticket.TicketQueries;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Prefills a ticket from a handed-off conversation. A category the store's ticket tree does not know (a knowledge
 * category with no ticket twin) is left empty for the person to pick rather than refused at submit.
 */
@Component
class TicketDrafts {

	static final int DESCRIPTION_ROOM = 9_500;

	private final TicketQueries tickets;
	private final MessageSource messages;

	TicketDrafts(TicketQueries tickets, MessageSource messages) {
		this.tickets = tickets;
		this.messages = messages;
	}

	TicketDraft of(long conversationId, Conversation c, StoreRef store, Locale locale) {
		String category = c.draftCategory();
		if (category != null && TicketCategories.find(tickets.categories(store.id()), category).isEmpty()) {
			category = null;
		}
		List<TicketDraft.FieldAsked> asked = category == null ? List.of()
				: tickets.customFields(store.id(), category).stream().filter(CustomField::required)
						.map(f -> new TicketDraft.FieldAsked(f.key(), f.label(locale))).toList();
		return new TicketDraft(conversationId, store.id(), category,
				category == null ? null : tickets.categoryName(store, category, locale), c.topicQuestion(),
				description(conversationId, c, locale), asked);
	}

	String description(long conversationId, Conversation c, Locale locale) {
		String transcript = c.transcript(messages.getMessage("chat.bot.transcript.asked", null, locale),
				messages.getMessage("chat.bot.transcript.replied", null, locale));
		// A ticket's description holds 10,000 characters; a long chat keeps its beginning, where the problem is told.
		if (transcript.length() > DESCRIPTION_ROOM) {
			transcript = transcript.substring(0, DESCRIPTION_ROOM) + "…";
		}
		return transcript + "\n\n"
				+ messages.getMessage("chat.bot.transcript.footer", new Object[] { Long.toString(conversationId) }, locale);
	}
}
