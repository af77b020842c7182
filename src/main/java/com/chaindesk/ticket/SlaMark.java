package com.chaindesk.ticket;

import java.time.Instant;

/**
 * Where one SLA clock of a ticket stands, as the SLA module tells the ticket.
 *
 * @param dueAt when the clock breaches if it keeps running (UTC); null when unknown
 * @param stopped the clock no longer counts (the ticket was responded to or resolved); a breached clock stays BREACHED
 */
public record SlaMark(Clock clock, Instant dueAt, State state, boolean stopped) {

	public enum Clock {
		RESPONSE, RESOLUTION
	}

	public enum State {
		RUNNING, PAUSED, MET, BREACHED
	}
}
