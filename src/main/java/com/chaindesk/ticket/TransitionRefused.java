package com.chaindesk.ticket;

import java.util.Set;
import java.util.TreeSet;

import com.chaindesk.platform.Conflict;

/** A ticket may not move to the status asked for from where it is now; carries where it may go instead. Becomes 409. */
public class TransitionRefused extends Conflict {

	private final TicketStatus from;
	private final TicketStatus to;
	private final Set<TicketStatus> allowed;

	public TransitionRefused(TicketStatus from, TicketStatus to, Set<TicketStatus> allowed) {
		super("to", "A ticket that is " + from + " cannot move to " + to + "; it may move to "
				+ (allowed.isEmpty() ? "nothing (it is final)" : new TreeSet<>(allowed)) + ".");
		this.from = from;
		this.to = to;
		this.allowed = Set.copyOf(allowed);
	}

	public TicketStatus from() {
		return from;
	}

	public TicketStatus to() {
		return to;
	}

	public Set<TicketStatus> allowed() {
		return allowed;
	}
}
