package com.chaindesk.dispatch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table dispatch.on_call_shift. Team codes and agent names are filled in by {@link OnCallRota}. */
@Repository
class ShiftRows {

	private final JdbcClient jdbc;

	ShiftRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long teamId, String agent, Instant from, Instant to, String by, Instant at) {
		return jdbc.sql("""
				insert into dispatch.on_call_shift (team_id, agent, starts_at, ends_at, created_by, created_at)
				values (?, ?, ?, ?, ?, ?) returning id""")
				.params(teamId, agent, Timestamp.from(from), Timestamp.from(to), by, Timestamp.from(at))
				.query(Long.class).single();
	}

	Optional<Row> find(long id) {
		return jdbc.sql("select * from dispatch.on_call_shift where id = ?").param(id).query(ShiftRows::row).optional();
	}

	void delete(long id) {
		jdbc.sql("delete from dispatch.on_call_shift where id = ?").param(id).update();
	}

	/** Shifts that overlap [from, to), of the given teams (null: every team). */
	List<Row> overlapping(List<Long> teams, Instant from, Instant to) {
		if (teams != null && teams.isEmpty()) {
			return List.of();
		}
		String teamFilter = teams == null ? "" : " and team_id = any (?)";
		var spec = jdbc.sql("select * from dispatch.on_call_shift where starts_at < ? and ends_at > ?" + teamFilter
				+ " order by starts_at, team_id, agent");
		spec = spec.param(Timestamp.from(to)).param(Timestamp.from(from));
		if (teams != null) {
			spec = spec.param(teams.toArray(Long[]::new));
		}
		return spec.query(ShiftRows::row).list();
	}

	/** Whether the agent already has a shift overlapping [from, to). */
	boolean agentBusy(String agent, Instant from, Instant to) {
		return jdbc.sql("select exists (select 1 from dispatch.on_call_shift where agent = ? and starts_at < ? and ends_at > ?)")
				.params(agent, Timestamp.from(to), Timestamp.from(from)).query(Boolean.class).single();
	}

	/** Who of the team is on shift at the moment. */
	List<String> onShift(long teamId, Instant at) {
		return jdbc.sql("select agent from dispatch.on_call_shift where team_id = ? and starts_at <= ? and ends_at > ? order by agent")
				.params(teamId, Timestamp.from(at), Timestamp.from(at)).query(String.class).list();
	}

	record Row(long id, long teamId, String agent, Instant startsAt, Instant endsAt, String createdBy) {
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getLong("team_id"), rs.getString("agent"),
				rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(), rs.getString("created_by"));
	}
}
