package com.chaindesk.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.chaindesk.platform.ClusterCache;
import com.chaindesk.platform.ClusterSignals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The desk's teams, each team's agents and every agent's name, remembered on each instance: dispatching or
 * escalating one ticket looks its teams up three or four times and reads the chosen team's agents, every SLA note
 * names the ticket's holder, and teams change a few times a year.
 * Every row is remembered as stored, before anyone's scope is applied; {@link TeamManagement} and
 * {@link AgentManagement} report every write, which makes every instance forget.
 */
@Component
class RememberedTeams {

	private static final String ALL = "all";

	private static final TypeReference<Map<String, String>> NAMES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;

	private final ClusterCache<String, List<TeamView>> teams;
	private final ClusterCache<Long, List<AgentView>> members;
	private final ClusterCache<String, Map<String, String>> agentNames;

	RememberedTeams(ClusterSignals signals, JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
		this.teams = new ClusterCache<>(signals, "chaindesk_org_teams", Duration.ofMinutes(5), 1);
		this.members = new ClusterCache<>(signals, "chaindesk_org_teams", Duration.ofMinutes(5), 10_000);
		this.agentNames = new ClusterCache<>(signals, "chaindesk_org_teams", Duration.ofMinutes(5), 1);
	}

	/** Every team, open or closed, by tier then id. */
	List<TeamView> all() {
		return teams.get(ALL, key -> Optional.of(jdbc.sql("select * from org.team order by tier, id").query(this::team).list()))
				.orElseThrow();
	}

	/** The agents whose team is the one given, by id. */
	List<AgentView> members(long teamId, Function<Long, List<AgentView>> loader) {
		return members.get(teamId, id -> Optional.of(List.copyOf(loader.apply(id)))).orElseThrow();
	}

	/** Every agent's display name by username (desk and vendor agents alike). */
	Map<String, String> agentNames() {
		return agentNames.get(ALL, key -> {
			Map<String, String> names = new HashMap<>();
			jdbc.sql("select username, display_name from org.agent")
					.query((rs, n) -> names.put(rs.getString(1), rs.getString(2))).list();
			return Optional.of(Map.copyOf(names));
		}).orElseThrow();
	}

	private TeamView team(ResultSet rs, int n) throws SQLException {
		return new TeamView(rs.getLong("id"), rs.getString("code"), json.readValue(rs.getString("names"), NAMES),
				Tier.valueOf(rs.getString("tier")), (Long) rs.getObject("region_id"), rs.getString("status"),
				rs.getInt("version"));
	}

	void changed() {
		teams.changed();
		members.changed();
		agentNames.changed();
	}
}
