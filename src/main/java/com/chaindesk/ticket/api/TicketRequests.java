package com.chaindesk.ticket.api;

import java.util.Map;

import com.chaindesk.org.Tier;
import com.chaindesk.ticket.Assignment;
import com.chaindesk.ticket.Level;
import com.chaindesk.ticket.LinkKind;
import com.chaindesk.ticket.NewTicket;
import com.chaindesk.ticket.TicketStatus;
import com.chaindesk.ticket.TicketType;

/** Request bodies of the ticket API; the domain checks them and names each wrong field. */
final class TicketRequests {

	private TicketRequests() {
	}

	record Open(TicketType type, Long store, String category, String subject, String description, Level impact,
			Level urgency, String device, Map<String, Object> fields) {
		NewTicket draft() {
			return new NewTicket(type, store, category, subject, description, impact, urgency, device, fields);
		}
	}

	record DeclareMajor(String reason) {
	}

	record LinkChild(Long ticket) {
	}

	record Transition(TicketStatus to, String comment) {
	}

	record Assign(String agent, Long team, Long vendor, Tier tier, Integer version) {
		Assignment assignment() {
			return new Assignment(team, agent == null || agent.isBlank() ? null : agent.strip(), vendor, tier);
		}
	}

	record Comment(String text, Boolean internal) {
	}

	record Rate(Integer score, String comment) {
	}

	record Link(LinkKind kind, Long target) {
	}
}
