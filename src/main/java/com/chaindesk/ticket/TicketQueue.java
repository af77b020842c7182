package com.chaindesk.ticket;

/** The service desk's work queues: open tickets only, except ALL (everything in the reader's scope). */
public enum TicketQueue {
	/** Open tickets the reader holds. */
	MINE,
	/** Open tickets of the reader's team (for a vendor engineer: of their company). */
	TEAM,
	/** Open tickets no agent holds yet. */
	UNASSIGNED,
	/** Open tickets whose SLA comes due soon or has passed. */
	BREACHING,
	/** Every ticket in the reader's scope. */
	ALL;

	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/** The queue named by a request parameter; null for blank. */
	public static TicketQueue parse(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		for (TicketQueue queue : values()) {
			if (queue.code().equalsIgnoreCase(code.strip())) {
				return queue;
			}
		}
		throw new com.chaindesk.platform.InvalidInput("queue", "one of mine, team, unassigned, breaching, all");
	}
}
