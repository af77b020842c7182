package com.chaindesk.demo;

import java.time.Instant;

import com.chaindesk.ticket.Level;
import com.chaindesk.ticket.TicketStatus;
import com.chaindesk.ticket.TicketType;

/**
 * One ticket of the demo's history as planned: what the store reported and when each step of its life happened. A
 * step whose moment lies after the end of the history is null: the ticket is still at that point today.
 *
 * @param escalations how many tiers the desk sends it up (0 to 2), half-way between start and resolution
 * @param waiting where an unfinished ticket waits now, if it waits
 * @param score the store's rating (null: not rated), {@code remark} its words
 */
record PastTicket(long storeId, TicketType type, String category, Level impact, Level urgency, String subject,
		String description, Instant openedAt, Instant assignedAt, Instant startedAt, int escalations, Instant escalatedAt,
		String note, Instant notedAt, TicketStatus waiting, Instant waitingSince, Instant resolvedAt, String resolution,
		Instant closedAt, Integer score, String remark, Instant ratedAt) {

	boolean resolved() {
		return resolvedAt != null;
	}
}
