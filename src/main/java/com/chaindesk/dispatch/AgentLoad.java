package com.chaindesk.dispatch;

import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What dispatch knows of agents beyond the org chart: whether they are at their desk (absent means present) and the
 * open tickets each one holds, kept from the ticket events.
 */
@Component
class AgentLoad {

	private final JdbcClient jdbc;

	AgentLoad(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean available(String username) {
		return jdbc.sql("select available from dispatch.presence where username = ?").param(username).query(Boolean.class)
				.optional().orElse(true);
	}

	/** What dispatch weighs for each of a team's agents, in two statements however large the team. */
	record Standing(int openTickets, boolean available) {
	}

	Map<String, Standing> standings(Collection<String> usernames) {
		if (usernames.isEmpty()) {
			return Map.of();
		}
		String[] names = usernames.toArray(String[]::new);
		Map<String, Integer> open = new HashMap<>();
		jdbc.sql("select agent, count(*) from dispatch.holding where agent = any(?) group by agent").param(names)
				.query((ResultSet rs) -> {
					open.put(rs.getString(1), rs.getInt(2));
				});
		Map<String, Boolean> away = new HashMap<>();
		jdbc.sql("select username, available from dispatch.presence where username = any(?)").param(names)
				.query((ResultSet rs) -> {
					away.put(rs.getString(1), rs.getBoolean(2));
				});
		Map<String, Standing> out = new HashMap<>();
		for (String name : usernames) {
			out.put(name, new Standing(open.getOrDefault(name, 0), away.getOrDefault(name, true)));
		}
		return out;
	}

	void setAvailable(String username, boolean available, Instant at) {
		jdbc.sql("""
				insert into dispatch.presence (username, available, changed_at) values (?, ?, ?)
				on conflict (username) do update set available = excluded.available, changed_at = excluded.changed_at""")
				.params(username, available, Timestamp.from(at)).update();
	}

	void holds(long ticketId, String agent) {
		if (agent == null) {
			released(ticketId);
			return;
		}
		jdbc.sql("insert into dispatch.holding (ticket_id, agent) values (?, ?) on conflict (ticket_id) do update set agent = excluded.agent")
				.params(ticketId, agent).update();
	}

	void released(long ticketId) {
		jdbc.sql("delete from dispatch.holding where ticket_id = ?").param(ticketId).update();
	}

	boolean autoDispatch(boolean fallback) {
		return jdbc.sql("select enabled from dispatch.switch where name = 'auto-dispatch'").query(Boolean.class).optional()
				.orElse(fallback);
	}

	void setAutoDispatch(boolean enabled) {
		jdbc.sql("insert into dispatch.switch (name, enabled) values ('auto-dispatch', ?) on conflict (name) do update set enabled = excluded.enabled")
				.param(enabled).update();
	}
}
