package com.chaindesk.sla;

import java.time.Instant;

/**
 * A calendar had no business time at all over the look-ahead window (a store without hours, closed for a year):
 * a due moment cannot be given, and looping on would never end.
 */
public class NoBusinessTime extends IllegalStateException {

	public NoBusinessTime(Instant from, int days) {
		super("No business time in the " + days + " days after " + from);
	}
}
