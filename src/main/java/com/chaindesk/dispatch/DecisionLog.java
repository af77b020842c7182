package com.chaindesk.dispatch;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The history of who was given each ticket and why: dispatches and escalations. */
@Component
class DecisionLog {

	private final JdbcClient jdbc;

	DecisionLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(DispatchDecision d) {
		jdbc.sql("""
				insert into dispatch.decision (ticket_id, kind, rule_id, from_tier, team_id, tier, vendor_id, agent, reason,
				    by_user, at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(d.ticketId(), d.kind(), d.ruleId(), d.fromTier() == null ? null : d.fromTier().name(), d.teamId(),
						d.tier() == null ? null : d.tier().name(), d.vendorId(), d.agent(), d.reason(), d.by(),
						Timestamp.from(d.at()))
				.update();
	}

	List<DispatchDecision> of(long ticketId) {
		return jdbc.sql("select * from dispatch.decision where ticket_id = ? order by id").param(ticketId)
				.query((rs, row) -> new DispatchDecision(rs.getLong("ticket_id"), rs.getString("kind"),
						rs.getObject("rule_id", Long.class), tier(rs.getString("from_tier")), rs.getObject("team_id", Long.class),
						tier(rs.getString("tier")), rs.getObject("vendor_id", Long.class), rs.getString("agent"),
						rs.getString("reason"), rs.getString("by_user"), rs.getTimestamp("at").toInstant()))
				.list();
	}

	private static com.chaindesk.org.Tier tier(String name) {
		return name == null ? null : com.chaindesk.org.Tier.valueOf(name);
	}
}
