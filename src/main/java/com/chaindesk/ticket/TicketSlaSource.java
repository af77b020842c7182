package com.chaindesk.ticket;

import java.time.Instant;
import java.util.List;

/**
 * Precise readings of a ticket's SLA clocks for its own page (elapsed business time on the store's calendar); the SLA
 * module implements it (ticket must not depend on sla). Lists use the marks on the ticket row instead.
 */
public interface TicketSlaSource {

	/** The ticket's clocks, response first; the caller has checked the reader may see the ticket. */
	List<ClockReading> readings(long ticketId);

	/**
	 * @param remainingMinutes business minutes left; null once settled
	 * @param usedPercent share of the target used so far (over 100 once breached)
	 */
	/** The store's own targets, and a vendor's contract targets while the ticket is with the vendor. */
	enum ClockName {
		RESPONSE, RESOLUTION, VENDOR_RESPONSE, VENDOR_RESOLUTION
	}

	record ClockReading(ClockName clock, SlaMark.State state, Instant dueAt, int targetMinutes,
			Long remainingMinutes, int usedPercent, boolean alwaysOn) {
	}
}
