package com.chaindesk.org;

import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import tools.jackson.databind.json.JsonMapper;

/** The service desk's teams by tier, at HQ or in a region. Seen by scope, changed by the HQ admin. */
@Service
@Transactional
public class TeamManagement {

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final OrgAccess access;
	private final OrgDirectory directory;
	private final AuditTrail audit;
	private final RememberedTeams remembered;

	TeamManagement(JdbcClient jdbc, JsonMapper json, OrgAccess access, OrgDirectory directory, AuditTrail audit,
			RememberedTeams remembered) {
		this.remembered = remembered;
		this.jdbc = jdbc;
		this.json = json;
		this.access = access;
		this.directory = directory;
		this.audit = audit;
	}

	/** The teams the actor sees, those whose code or a name contains {@code text} if given. */
	@Transactional(readOnly = true)
	public List<TeamView> visible(String text) {
		Actor actor = CurrentActor.get();
		String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
		return all().stream()
				.filter(team -> access.seesTeam(actor, team.regionId()))
				.filter(team -> wanted.isEmpty() || team.code().toLowerCase(Locale.ROOT).contains(wanted)
						|| team.names().values().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(wanted)))
				.toList();
	}

	@Transactional(readOnly = true)
	public TeamView find(long id) {
		return all().stream().filter(team -> team.id() == id).findFirst()
				.filter(team -> access.seesTeam(CurrentActor.get(), team.regionId()))
				.orElseThrow(() -> new NotFound("team", id));
	}

	@Transactional(readOnly = true)
	public java.util.Optional<TeamView> byCode(String code) {
		return all().stream().filter(team -> team.code().equals(code)).findFirst()
				.filter(team -> access.seesTeam(CurrentActor.get(), team.regionId()));
	}

	public TeamView open(TeamDraft draft) {
		requireAdmin();
		Checked checked = check(draft);
		if (codeTaken(checked.code(), -1)) {
			throw new Conflict("code", "A team with code " + checked.code() + " already exists.");
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into org.team (code, names, tier, region_id) values (?, ?::jsonb, ?, ?)")
				.params(checked.code(), json.writeValueAsString(checked.names()), checked.tier().name(), checked.regionId())
				.update(key, "id");
		long id = key.getKey().longValue();
		remembered.changed();
		audit.record(new AuditEvent("team.opened", "team", String.valueOf(id), scope(checked.regionId()), null, checked));
		return find(id);
	}

	public TeamView revise(long id, TeamDraft draft) {
		TeamView before = find(id);
		requireAdmin();
		Checked checked = check(draft);
		if (draft.version() == null) {
			throw new RuleBroken(List.of(new Breach("version", Rule.REQUIRED)));
		}
		if (codeTaken(checked.code(), id)) {
			throw new Conflict("code", "A team with code " + checked.code() + " already exists.");
		}
		int updated = jdbc.sql("""
				update org.team set code = ?, names = ?::jsonb, tier = ?, region_id = ?, version = version + 1
				 where id = ? and version = ?""")
				.params(checked.code(), json.writeValueAsString(checked.names()), checked.tier().name(),
						checked.regionId(), id, draft.version())
				.update();
		if (updated != 1) {
			throw new Conflict("version", "Team " + before.code() + " was changed by someone else since you loaded it.");
		}
		remembered.changed();
		audit.record(new AuditEvent("team.revised", "team", String.valueOf(id), scope(checked.regionId()), before, checked));
		return find(id);
	}

	/** Closes a team (it keeps its history) or reopens it. */
	public TeamView changeStatus(long id, boolean active) {
		TeamView before = find(id);
		requireAdmin();
		String wanted = active ? "ACTIVE" : "CLOSED";
		if (before.status().equals(wanted)) {
			throw new Conflict("status", "Team " + before.code() + " is already " + wanted.toLowerCase(Locale.ROOT) + ".");
		}
		jdbc.sql("update org.team set status = ?, version = version + 1 where id = ?").params(wanted, id).update();
		remembered.changed();
		audit.record(new AuditEvent(active ? "team.reopened" : "team.closed", "team", String.valueOf(id),
				scope(before.regionId()), Map.of("status", before.status()), Map.of("status", wanted)));
		return find(id);
	}

	private List<TeamView> all() {
		return remembered.all();
	}

	private record Checked(String code, Map<String, String> names, Tier tier, Long regionId) {
	}

	private Checked check(TeamDraft draft) {
		Breaches breaches = new Breaches();
		String code = breaches.code("code", draft.code(), "HQ-L1");
		Map<String, String> names = Names.check("name", draft.names(), breaches);
		Tier tier = null;
		if (breaches.required("tier", draft.tier()) != null) {
			try {
				tier = Tier.valueOf(draft.tier());
			}
			catch (IllegalArgumentException e) {
				breaches.add("tier", Rule.ONE_OF, "L1, L2, L3");
			}
		}
		if (draft.regionId() != null && directory.region(draft.regionId()).isEmpty()) {
			breaches.add("regionId", Rule.UNKNOWN_REGION);
		}
		breaches.throwIfAny();
		return new Checked(code, names, tier, draft.regionId());
	}

	private boolean codeTaken(String code, long exceptId) {
		return jdbc.sql("select exists (select 1 from org.team where code = ? and id <> ?)").params(code, exceptId)
				.query(Boolean.class).single();
	}

	private void requireAdmin() {
		if (!access.administersOrganisation(CurrentActor.get())) {
			throw new OutsideScope("Only the HQ admin sets up teams.");
		}
	}

	private static OrgScope scope(Long regionId) {
		return regionId == null ? OrgScope.hq() : OrgScope.region(regionId);
	}
}
