package com.chaindesk.ticket;

import com.chaindesk.org.Tier;

/** Who works a ticket: a team, an agent, a vendor and the tier; any may be empty (null). */
public record Assignment(Long team, String agent, Long vendor, Tier tier) {

	public static final Assignment NONE = new Assignment(null, null, null, null);

	/** Whether anyone at all holds the ticket. */
	public boolean holder() {
		return team != null || agent != null || vendor != null;
	}
}
