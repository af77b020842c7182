package com.chaindesk.dispatch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.chaindesk.org.Tier;
import com.chaindesk.ticket.Priority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The stored dispatch rules. */
@Component
class RuleBook {

	private final JdbcClient jdbc;

	RuleBook(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<DispatchRule> all() {
		return jdbc.sql("select * from dispatch.rule order by scope_region nulls last, position, id").query(RuleBook::rule).list();
	}

	Optional<DispatchRule> find(long id) {
		return jdbc.sql("select * from dispatch.rule where id = ?").param(id).query(RuleBook::rule).optional();
	}

	int nextPosition(Long scopeRegion) {
		return jdbc.sql("select coalesce(max(position), 0) + 10 from dispatch.rule where scope_region is not distinct from ?")
				.param(scopeRegion).query(Integer.class).single();
	}

	long add(DispatchRule rule, String by, Instant at) {
		return jdbc.sql("""
				insert into dispatch.rule (scope_region, position, category, store_id, region_id, priorities, team_id, tier,
				    vendor_id, note, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
				.params(rule.scopeRegion(), rule.position(), rule.category(), rule.storeId(), rule.regionId(),
						rule.priorities().isEmpty() ? null
								: rule.priorities().stream().sorted().map(Enum::name).collect(Collectors.joining(",")),
						rule.teamId(), rule.tier() == null ? null : rule.tier().name(), rule.vendorId(), rule.note(), by,
						java.sql.Timestamp.from(at))
				.query(Long.class).single();
	}

	void remove(long id) {
		jdbc.sql("delete from dispatch.rule where id = ?").param(id).update();
	}

	private static DispatchRule rule(ResultSet rs, int row) throws SQLException {
		String priorities = rs.getString("priorities");
		Set<Priority> set = priorities == null ? Set.of()
				: Arrays.stream(priorities.split(",")).map(Priority::valueOf).collect(Collectors.toSet());
		String tier = rs.getString("tier");
		return new DispatchRule(rs.getLong("id"), rs.getObject("scope_region", Long.class), rs.getInt("position"),
				rs.getString("category"), rs.getObject("store_id", Long.class), rs.getObject("region_id", Long.class), set,
				rs.getObject("team_id", Long.class), tier == null ? null : Tier.valueOf(tier),
				rs.getObject("vendor_id", Long.class), rs.getString("note"));
	}
}
