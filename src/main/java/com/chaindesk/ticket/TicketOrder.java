package com.chaindesk.ticket;

/** How a list of tickets is sorted. */
enum TicketOrder {
	/** Newest first. */
	NEWEST("t.created_at desc, t.id desc"),
	/** Soonest SLA due first; tickets with nothing counting (paused, settled) last, newest first among them. */
	SLA_DUE("t.sla_due_at asc nulls last, t.created_at desc, t.id desc");

	private final String sql;

	TicketOrder(String sql) {
		this.sql = sql;
	}

	String sql() {
		return sql;
	}
}
