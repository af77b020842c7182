package com.chaindesk.sla.clock;

/** Response: until someone takes the ticket. Resolution: until the store's problem is solved. */
public enum ClockKind {
	RESPONSE, RESOLUTION
}
