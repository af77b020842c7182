package com.chaindesk.ticket;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Open tickets a new report may duplicate, for the ticket draft (assist): the store's own open tickets, and open
 * tickets anywhere in the network naming the same error code (ticket V6's index). System reads, not scoped: the
 * caller decides what of them a reporter may see. Both read partial indexes over open tickets only, so they stay
 * fast however many closed tickets the table holds.
 */
@Component
public class OpenTicketLookalikes {

	private static final String COLUMNS = "id, number, subject, status, store_id, region_id, category, created_at, major, parent_id";
	private static final String OPEN = "status not in ('RESOLVED', 'CLOSED')";
	private static final String CODES = "error_codes";

	private final JdbcClient jdbc;

	OpenTicketLookalikes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The store's open tickets, newest first. */
	public List<OpenTicketCandidate> openAtStore(long storeId, long regionId, int limit) {
		return jdbc.sql("select " + COLUMNS + " from ticket.ticket where region_id = ? and store_id = ? and " + OPEN
				+ " order by created_at desc limit ?").params(regionId, storeId, limit).query(OpenTicketLookalikes::row).list();
	}

	/** Open tickets at any store whose subject or description names one of these codes; major incidents first. */
	public List<OpenTicketCandidate> openWithErrorCodes(Collection<String> codes, int limit) {
		if (codes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from ticket.ticket where " + CODES + " && string_to_array(?, ',') and "
				+ OPEN + " order by major desc, created_at desc limit ?").params(upper(codes), limit)
				.query(OpenTicketLookalikes::row).list();
	}

	/** How many other stores than this one have an open ticket naming this code. */
	public int otherStoresWithErrorCode(String code, long storeId) {
		return jdbc.sql("select count(distinct store_id) from ticket.ticket where " + CODES + " && string_to_array(?, ',') and "
				+ OPEN + " and store_id <> ?").params(upper(List.of(code)), storeId).query(Integer.class).single();
	}

	/** These tickets if they are open major incidents (the parents of matched store tickets). */
	public List<OpenTicketCandidate> openMajorIncidents(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from ticket.ticket where id in (:ids) and major and " + OPEN)
				.param("ids", ids).query(OpenTicketLookalikes::row).list();
	}

	private static String upper(Collection<String> codes) {
		return String.join(",", codes.stream().map(c -> c.strip().toUpperCase(java.util.Locale.ROOT)).toList());
	}

	private static OpenTicketCandidate row(ResultSet rs, int n) throws SQLException {
		long parent = rs.getLong("parent_id");
		Long parentId = rs.wasNull() ? null : parent;
		return new OpenTicketCandidate(rs.getLong("id"), rs.getString("number"), rs.getString("subject"),
				TicketStatus.valueOf(rs.getString("status")), rs.getLong("store_id"), rs.getLong("region_id"),
				rs.getString("category"), rs.getTimestamp("created_at").toInstant(), rs.getBoolean("major"),
				parentId);
	}
}
