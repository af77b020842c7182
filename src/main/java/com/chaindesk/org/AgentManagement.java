package com.chaindesk.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.chaindesk.audit.AuditEvent;
import com.chaindesk.audit.AuditTrail;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.Conflict;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.NotFound;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.OutsideScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The people who work tickets and contacts: in a team of the service desk or at a vendor, with skills, languages
 * and a capacity. Linked to an account by username (and id when known); identity itself stays out of this module.
 */
@Service
@Transactional
public class AgentManagement {

	private static final TypeReference<List<String>> WORDS = new TypeReference<>() {
	};
	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,64}");

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final OrgAccess access;
	private final AuditTrail audit;

	private final RememberedTeams remembered;

	AgentManagement(JdbcClient jdbc, JsonMapper json, OrgAccess access, AuditTrail audit, RememberedTeams remembered) {
		this.remembered = remembered;
		this.jdbc = jdbc;
		this.json = json;
		this.access = access;
		this.audit = audit;
	}

	/** The agents the actor sees; {@code text} matches username, name, skill or language. */
	@Transactional(readOnly = true)
	public List<AgentView> visible(String text) {
		Actor actor = CurrentActor.get();
		String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
		return jdbc.sql("select a.*, t.region_id as team_region_id from org.agent a left join org.team t on t.id = a.team_id order by a.id")
				.query(this::seen).list().stream()
				.filter(seen -> access.seesAgent(actor, seen.teamRegionId(), seen.agent().teamId() != null, seen.agent().vendorId()))
				.map(Seen::agent)
				.filter(agent -> wanted.isEmpty() || agent.username().toLowerCase(Locale.ROOT).contains(wanted)
						|| agent.displayName().toLowerCase(Locale.ROOT).contains(wanted) || agent.skills().contains(wanted)
						|| agent.languages().stream().anyMatch(l -> l.equalsIgnoreCase(wanted)))
				.toList();
	}

	/**
	 * The members of one team the current actor may see (dispatch picks among them per ticket), remembered per team
	 * until an agent or a team changes.
	 */
	@Transactional(readOnly = true)
	public List<AgentView> ofTeam(long teamId) {
		Actor actor = CurrentActor.get();
		Long teamRegion = remembered.all().stream().filter(t -> t.id() == teamId).findFirst().map(TeamView::regionId)
				.orElse(null);
		return remembered.members(teamId, id -> jdbc.sql("""
				select a.*, t.region_id as team_region_id
				  from org.agent a join org.team t on t.id = a.team_id
				 where a.team_id = ? order by a.id""")
				.param(id).query(this::seen).list().stream().map(Seen::agent).toList())
				.stream()
				.filter(agent -> access.seesAgent(actor, teamRegion, true, agent.vendorId()))
				.toList();
	}

	@Transactional(readOnly = true)
	public AgentView find(long id) {
		Actor actor = CurrentActor.get();
		return jdbc.sql("select a.*, t.region_id as team_region_id from org.agent a left join org.team t on t.id = a.team_id where a.id = ?")
				.param(id).query(this::seen).optional()
				.filter(seen -> access.seesAgent(actor, seen.teamRegionId(), seen.agent().teamId() != null, seen.agent().vendorId()))
				.map(Seen::agent).orElseThrow(() -> new NotFound("agent", id));
	}

	@Transactional(readOnly = true)
	public Optional<AgentView> byUsername(String username) {
		return jdbc.sql("select id from org.agent where username = ?").param(username).query(Long.class).optional().map(this::find);
	}

	public AgentView enlist(AgentDraft draft) {
		requireAdmin();
		Checked checked = check(draft);
		if (usernameTaken(checked.username(), -1)) {
			throw new Conflict("username", "An agent with username " + checked.username() + " already exists.");
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into org.agent (user_id, username, display_name, team_id, vendor_id, skills, languages, capacity)
				values (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)""")
				.params(checked.userId(), checked.username(), checked.displayName(), checked.teamId(), checked.vendorId(),
						json.writeValueAsString(checked.skills()), json.writeValueAsString(checked.languages()),
						checked.capacity())
				.update(key, "id");
		long id = key.getKey().longValue();
		remembered.changed();
		audit.record(new AuditEvent("agent.enlisted", "agent", String.valueOf(id), scope(checked), null, checked));
		return find(id);
	}

	public AgentView revise(long id, AgentDraft draft) {
		AgentView before = find(id);
		requireAdmin();
		Checked checked = check(draft);
		if (draft.version() == null) {
			throw new RuleBroken(List.of(new Breach("version", Rule.REQUIRED)));
		}
		if (usernameTaken(checked.username(), id)) {
			throw new Conflict("username", "An agent with username " + checked.username() + " already exists.");
		}
		int updated = jdbc.sql("""
				update org.agent set user_id = ?, username = ?, display_name = ?, team_id = ?, vendor_id = ?,
				       skills = ?::jsonb, languages = ?::jsonb, capacity = ?, version = version + 1
				 where id = ? and version = ?""")
				.params(checked.userId(), checked.username(), checked.displayName(), checked.teamId(), checked.vendorId(),
						json.writeValueAsString(checked.skills()), json.writeValueAsString(checked.languages()),
						checked.capacity(), id, draft.version())
				.update();
		if (updated != 1) {
			throw new Conflict("version", "Agent " + before.username() + " was changed by someone else since you loaded it.");
		}
		remembered.changed();
		audit.record(new AuditEvent("agent.revised", "agent", String.valueOf(id), scope(checked), before, checked));
		return find(id);
	}

	public AgentView changeStatus(long id, boolean active) {
		AgentView before = find(id);
		requireAdmin();
		String wanted = active ? "ACTIVE" : "CLOSED";
		if (before.status().equals(wanted)) {
			throw new Conflict("status", "Agent " + before.username() + " is already " + wanted.toLowerCase(Locale.ROOT) + ".");
		}
		jdbc.sql("update org.agent set status = ?, version = version + 1 where id = ?").params(wanted, id).update();
		remembered.changed();
		audit.record(new AuditEvent(active ? "agent.reactivated" : "agent.closed", "agent", String.valueOf(id),
				before.vendorId() == null ? OrgScope.hq() : OrgScope.vendor(before.vendorId()),
				Map.of("status", before.status()), Map.of("status", wanted)));
		return find(id);
	}

	private record Checked(Long userId, String username, String displayName, Long teamId, Long vendorId,
			List<String> skills, List<String> languages, int capacity) {
	}

	private record Seen(AgentView agent, Long teamRegionId) {
	}

	private Checked check(AgentDraft draft) {
		Breaches breaches = new Breaches();
		String username = breaches.matching("username", draft.username(), USERNAME, "[A-Za-z0-9._-]{3,64}");
		String displayName = breaches.text("displayName", draft.displayName(), 100);
		if (draft.teamId() == null && draft.vendorId() == null) {
			breaches.add("teamId", Rule.REQUIRED);
		}
		if (draft.teamId() != null && draft.vendorId() != null) {
			breaches.add("vendorId", Rule.TEAM_OR_VENDOR);
		}
		if (draft.teamId() != null && !exists("org.team", draft.teamId())) {
			breaches.add("teamId", Rule.UNKNOWN_TEAM);
		}
		if (draft.vendorId() != null && !exists("org.vendor", draft.vendorId())) {
			breaches.add("vendorId", Rule.UNKNOWN_VENDOR);
		}
		List<String> skills = Words.skills("skills", draft.skills(), breaches);
		List<String> languages = Words.languages("languages", draft.languages(), breaches);
		int capacity = draft.capacity() == null ? 3 : draft.capacity();
		if (capacity < 1 || capacity > 50) {
			breaches.add("capacity", Rule.RANGE, 1, 50);
		}
		breaches.throwIfAny();
		return new Checked(draft.userId(), username, displayName, draft.teamId(), draft.vendorId(), skills, languages,
				capacity);
	}

	private boolean exists(String table, long id) {
		return jdbc.sql("select exists (select 1 from " + table + " where id = ?)").param(id).query(Boolean.class).single();
	}

	private boolean usernameTaken(String username, long exceptId) {
		return jdbc.sql("select exists (select 1 from org.agent where username = ? and id <> ?)").params(username, exceptId)
				.query(Boolean.class).single();
	}

	private void requireAdmin() {
		if (!access.administersOrganisation(CurrentActor.get())) {
			throw new OutsideScope("Only the HQ admin enlists agents.");
		}
	}

	private static OrgScope scope(Checked agent) {
		return agent.vendorId() == null ? OrgScope.hq() : OrgScope.vendor(agent.vendorId());
	}

	private Seen seen(ResultSet rs, int n) throws SQLException {
		AgentView agent = new AgentView(rs.getLong("id"), (Long) rs.getObject("user_id"), rs.getString("username"),
				rs.getString("display_name"), (Long) rs.getObject("team_id"), (Long) rs.getObject("vendor_id"),
				json.readValue(rs.getString("skills"), WORDS), json.readValue(rs.getString("languages"), WORDS),
				rs.getInt("capacity"), rs.getString("status"), rs.getInt("version"));
		return new Seen(agent, (Long) rs.getObject("team_region_id"));
	}
}
