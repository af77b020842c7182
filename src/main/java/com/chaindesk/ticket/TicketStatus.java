package com.chaindesk.ticket;

/** Where a ticket stands. Which status may follow which is {@link TicketLifecycle}'s to say. */
public enum TicketStatus {
	NEW, ASSIGNED, IN_PROGRESS, WAITING_ON_STORE, WAITING_ON_VENDOR, RESOLVED, REOPENED, CLOSED;

	/** Whether the store has been told the problem is solved (rating becomes possible). */
	public boolean solved() {
		return this == RESOLVED || this == CLOSED;
	}

	/** Whether the clock of whoever works the ticket is paused because someone else must act. */
	public boolean waiting() {
		return this == WAITING_ON_STORE || this == WAITING_ON_VENDOR;
	}
}
