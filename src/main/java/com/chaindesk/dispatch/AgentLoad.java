package com.chaindesk.dispatch;

import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import com.chaindesk.platform.ClusterCache;
import com.chaindesk.platform.ClusterSignals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What dispatch knows of agents beyond the org chart: whether they are at their desk (absent means present) and the
 * open tickets each one holds, kept from the ticket events.
 */
@Component
class AgentLoad {

	private static final String AUTO_DISPATCH = "auto-dispatch";

	private final JdbcClient jdbc;
	private final ClusterCache<String, Boolean> autoDispatch;

	AgentLoad(JdbcClient jdbc, ClusterSignals signals) {
		this.jdbc = jdbc;
		this.autoDispatch = new ClusterCache<>(signals, "chaindesk_dispatch_switch", Duration.ofMinutes(5), 1);
	}

	boolean available(String username) {
		return jdbc.sql("select available from dispatch.presence where username = ?").param(username).query(Boolean.class)
				.optional().orElse(true);
	}

	/** What dispatch weighs for each of a team's agents, in one statement however large the team. */
	record Standing(int openTickets, boolean available) {
	}

	Map<String, Standing> standings(Collection<String> usernames) {
		if (usernames.isEmpty()) {
			return Map.of();
		}
		Map<String, Standing> out = new HashMap<>();
		jdbc.sql("""
				select u.name, coalesce(h.open, 0) as open, coalesce(p.available, true) as available
				  from unnest(?::text[]) as u(name)
				  left join (select agent, count(*) as open from dispatch.holding where agent = any(?::text[]) group by agent) h
				    on h.agent = u.name
				  left join dispatch.presence p on p.username = u.name""")
				.params(usernames.toArray(String[]::new), usernames.toArray(String[]::new))
				.query((ResultSet rs) -> {
					out.put(rs.getString(1), new Standing(rs.getInt(2), rs.getBoolean(3)));
				});
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

	/** Asked for every ticket opened; remembered on each instance until any instance flips it. */
	boolean autoDispatch(boolean fallback) {
		return autoDispatch.get(AUTO_DISPATCH, name -> jdbc.sql("select enabled from dispatch.switch where name = ?")
				.param(name).query(Boolean.class).optional()).orElse(fallback);
	}

	void setAutoDispatch(boolean enabled) {
		jdbc.sql("insert into dispatch.switch (name, enabled) values (?, ?) on conflict (name) do update set enabled = excluded.enabled")
				.params(AUTO_DISPATCH, enabled).update();
		autoDispatch.changed();
	}
}
