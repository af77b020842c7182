package com.chaindesk.ticket;

import java.time.Instant;

/**
 * One line of a ticket's history.
 *
 * @param kind COMMENT, STATUS, ASSIGNMENT, RATING, ATTACHMENT, MAJOR (declared a major incident), CHILD (a store
 *        ticket linked under it), CHILD_OF (linked under a major incident) or MAJOR_UPDATE (a public comment on the
 *        major incident, passed on to the child)
 * @param internal an internal note of the service desk, never shown to store people
 * @param noteKey a message ChainDesk wrote itself (why it closed a ticket, which major incident spoke), shown in each
 *        reader's language with {@code noteArg}; null on lines people wrote
 */
public record TimelineEntry(Long id, String kind, String author, String text, boolean internal, TicketStatus from,
		TicketStatus to, Instant at, String noteKey, String noteArg) {

	public TimelineEntry(Long id, String kind, String author, String text, boolean internal, TicketStatus from,
			TicketStatus to, Instant at) {
		this(id, kind, author, text, internal, from, to, at, null, null);
	}
}
