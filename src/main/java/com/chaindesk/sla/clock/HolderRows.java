package com.chaindesk.sla.clock;

import java.sql.Timestamp;
import java.time.Instant;

import com.chaindesk.ticket.TicketAssigned;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who held a ticket while its clocks ran: team and vendor columns of sla.clock, apart from the clock's timing. */
@Repository
class HolderRows {

	private final JdbcClient jdbc;

	HolderRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Notes the new holder on the ticket's desk clocks that were still running at the moment of the assignment (a clock
	 * the assignment itself stopped included): the holder when a clock stops is the one the SLA report counts. An
	 * assignment heard late (older than the holder noted) changes nothing.
	 */
	void record(TicketAssigned assigned) {
		Timestamp at = Timestamp.from(assigned.at());
		jdbc.sql("""
				update sla.clock set team_id = ?, vendor_id = ?, holder_since = ?
				where ticket_id = ? and kind in ('RESPONSE', 'RESOLUTION')
				  and (stopped_at is null or stopped_at >= ?) and (holder_since is null or holder_since <= ?)""")
				.params(assigned.assignment().team(), assigned.assignment().vendor(), at, assigned.ticketId(), at, at)
				.update();
	}

	/** A vendor clock belongs to the vendor it was started for. */
	void holdFor(long clockId, Long teamId, long vendorId, Instant since) {
		jdbc.sql("update sla.clock set team_id = ?, vendor_id = ?, holder_since = ? where id = ?")
				.params(teamId, vendorId, Timestamp.from(since), clockId).update();
	}

	Long vendorOf(long clockId) {
		return jdbc.sql("select vendor_id from sla.clock where id = ?").param(clockId).query(Long.class).optional()
				.orElse(null);
	}
}
