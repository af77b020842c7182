package com.chaindesk.sla;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table sla.breach_follow_up: which warnings and breaches have been followed up, so a replay does nothing twice. */
@Repository
class FollowUpRows {

	private final JdbcClient jdbc;

	FollowUpRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Claims the follow-up of one warning or breach; false when it was claimed before (a replayed event). */
	boolean claim(long ticketId, String clock, Instant dueAt, String action) {
		return jdbc.sql("""
				insert into sla.breach_follow_up (ticket_id, clock, due_at, action, done_at) values (?, ?, ?, ?, now())
				on conflict do nothing""")
				.params(ticketId, clock, Timestamp.from(dueAt), action).update() == 1;
	}
}
