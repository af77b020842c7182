package com.chaindesk.ticket;

import java.time.Instant;
import java.util.List;

/**
 * A store opened a ticket. SLA clocks start here.
 *
 * @param slaMarks the SLA marks the ticket's row was written with (the forecast), so the SLA module rewrites the row
 *        only when its clocks came out otherwise; empty when there was no forecast (and in publications stored
 *        before the field existed)
 * @param firstHolder who automatic dispatch gave the ticket as it opened ({@link TicketAssigned} follows with the
 *        same); {@link Assignment#NONE} when it opened unassigned
 */
public record TicketOpened(long ticketId, String number, TicketType type, long storeId, long regionId, String category,
		Priority priority, Instant openedAt, List<SlaMark> slaMarks, Assignment firstHolder) {

	public TicketOpened {
		slaMarks = slaMarks == null ? List.of() : List.copyOf(slaMarks);
		firstHolder = firstHolder == null ? Assignment.NONE : firstHolder;
	}
}
