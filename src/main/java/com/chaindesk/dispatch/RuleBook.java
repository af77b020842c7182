package com.chaindesk.dispatch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.chaindesk.org.Tier;
import com.chaindesk.platform.ClusterCache;
import com.chaindesk.platform.ClusterSignals;
import com.chaindesk.ticket.Priority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stored dispatch rules. Every ticket opened is dispatched by the whole book, and rules change a few times a
 * month, so the book is remembered on each instance until any instance changes it.
 */
@Component
class RuleBook {

	private static final String ALL = "all";

	private final JdbcClient jdbc;
	private final ClusterCache<String, List<DispatchRule>> remembered;

	RuleBook(JdbcClient jdbc, ClusterSignals signals) {
		this.jdbc = jdbc;
		this.remembered = new ClusterCache<>(signals, "chaindesk_dispatch_rules", Duration.ofMinutes(5), 1);
	}

	List<DispatchRule> all() {
		return remembered.get(ALL, key -> Optional.of(jdbc.sql("select * from dispatch.rule order by scope_region nulls last, position, id")
				.query(RuleBook::rule).list())).orElseThrow();
	}

	Optional<DispatchRule> find(long id) {
		return jdbc.sql("select * from dispatch.rule where id = ?").param(id).query(RuleBook::rule).optional();
	}

	int nextPosition(Long scopeRegion) {
		return jdbc.sql("select coalesce(max(position), 0) + 10 from dispatch.rule where scope_region is not distinct from ?")
				.param(scopeRegion).query(Integer.class).single();
	}

	long add(DispatchRule rule, String by, Instant at) {
		long id = jdbc.sql("""
				insert into dispatch.rule (scope_region, position, category, store_id, region_id, priorities, team_id, tier,
				    vendor_id, note, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
				.params(rule.scopeRegion(), rule.position(), rule.category(), rule.storeId(), rule.regionId(),
						rule.priorities().isEmpty() ? null
								: rule.priorities().stream().sorted().map(Enum::name).collect(Collectors.joining(",")),
						rule.teamId(), rule.tier() == null ? null : rule.tier().name(), rule.vendorId(), rule.note(), by,
						java.sql.Timestamp.from(at))
				.query(Long.class).single();
		remembered.changed();
		return id;
	}

	void remove(long id) {
		jdbc.sql("delete from dispatch.rule where id = ?").param(id).update();
		remembered.changed();
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
