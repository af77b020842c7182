package com.chaindesk.ticket;

import java.time.Instant;
import java.util.Optional;

/**
 * Chooses the first holder of a ticket while it is being opened, so the ticket is stored already held: the store's
 * confirmation names who has its problem, and no ticket is ever left between opening and dispatch, whatever crashes.
 * The ticket module asks; automatic dispatch answers (it depends on tickets, never the other way round).
 */
public interface OpeningDispatch {

	/**
	 * The holder a ticket about to be stored gets, or none: automatic dispatch is off, or the rule book could not
	 * decide (the ticket then waits in the unassigned queue, as any undispatched ticket does).
	 */
	Optional<Choice> choose(Opening opening);

	/** What is known of a ticket before it is stored: enough to route it. */
	record Opening(long storeId, long regionId, String category, Priority priority, Instant at) {
	}

	/** A holder chosen for a ticket being opened, with the record of why, written once the ticket has its id. */
	interface Choice {

		Assignment assignment();

		/** Writes down the decision in the opening transaction, the stored ticket's id and number now known. */
		void taken(long ticketId, String number);
	}
}
