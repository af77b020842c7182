package com.chaindesk.assist.chat;

import java.util.Locale;
import java.util.Map;

import com.chaindesk.audit.AuditEvent;
import com.chaindesk.audit.AuditTrail;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.NotFound;
import com.chaindesk.ticket.Level;
import com.chaindesk.ticket.NewTicket;
import com.chaindesk.ticket.TicketManagement;
import com.chaindesk.ticket.TicketType;
import com.chaindesk.ticket.TicketView;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens the ticket a handed-off conversation prefilled, through the ticket module like any report, so its rules
 * (category known at the store, required custom fields) hold. What the person left out is taken from the draft.
 */
@Service
@Transactional
public class ChatTickets {

	private final Conversations conversations;
	private final TicketDrafts drafts;
	private final TicketManagement tickets;
	private final AuditTrail audit;

	ChatTickets(Conversations conversations, TicketDrafts drafts, TicketManagement tickets, AuditTrail audit) {
		this.conversations = conversations;
		this.drafts = drafts;
		this.tickets = tickets;
		this.audit = audit;
	}

	/** The person's changes to the draft before submitting; nulls keep the draft's value. */
	public record Submission(@Nullable String category, @Nullable String subject, @Nullable String description,
			@Nullable Map<String, Object> fields) {
	}

	/** The ticket opened: id and the number the store quotes. */
	public record Opened(long ticketId, String number) {
	}

	public Opened submit(long conversationId, Submission submission, Locale locale) {
		Actor actor = CurrentActor.get();
		Conversation c = conversations.find(conversationId).filter(x -> x.belongsTo(actor.username()))
				.orElseThrow(() -> new NotFound("conversation", conversationId));
		Locale language = ChatLanguage.of(locale);
		String category = blank(submission.category()) ? c.draftCategory() : submission.category().strip();
		String subject = blank(submission.subject()) ? c.topicQuestion() : submission.subject();
		String description = blank(submission.description()) ? drafts.description(conversationId, c, language)
				: submission.description();
		c.ticketMayOpen();
		TicketView ticket = tickets.open(new NewTicket(TicketType.INCIDENT, c.storeId(), category, subject, description,
				Level.MEDIUM, Level.MEDIUM, null, submission.fields()));
		c.ticketOpened(ticket.id(), ticket.number());
		conversations.save(c);
		audit.record(new AuditEvent("assist.conversation.ticket-opened", "conversation", Long.toString(conversationId),
				c.scope(), null, c.snapshot()));
		return new Opened(ticket.id(), ticket.number());
	}

	private static boolean blank(@Nullable String s) {
		return s == null || s.isBlank();
	}
}
