package com.chaindesk.ticket;

/** P1 is worked first. Derived from impact and urgency by {@link PriorityMatrix}, never typed in. */
public enum Priority {
	P1, P2, P3, P4
}
