package com.chaindesk.ticket;

import java.time.Instant;
import java.util.Optional;

/** Where a ticket's SLA comes from; the SLA module implements it (ticket must not depend on SLA). */
public interface TicketSlaSource {

	Optional<TicketSla> slaOf(long ticketId);

	/** Due moments (UTC) and the worst clock state: RUNNING, PAUSED, MET or BREACHED. */
	record TicketSla(Instant responseDueAt, Instant resolutionDueAt, String state) {
	}
}
