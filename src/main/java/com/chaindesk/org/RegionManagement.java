package com.chaindesk.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
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
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The chain's regions: listed by scope, set up and renamed by the HQ admin. */
@Service
@Transactional
public class RegionManagement {

	private static final TypeReference<Map<String, String>> NAMES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final OrgAccess access;
	private final AuditTrail audit;

	RegionManagement(JdbcClient jdbc, JsonMapper json, OrgAccess access, AuditTrail audit) {
		this.jdbc = jdbc;
		this.json = json;
		this.access = access;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<RegionView> visible() {
		Actor actor = CurrentActor.get();
		return jdbc.sql("select * from org.region order by id").query(this::view).list().stream()
				.filter(region -> access.seesRegion(actor, region.id())).toList();
	}

	@Transactional(readOnly = true)
	public RegionView find(long id) {
		return jdbc.sql("select * from org.region where id = ?").param(id).query(this::view).optional()
				.filter(region -> access.seesRegion(CurrentActor.get(), id)).orElseThrow(() -> new NotFound("region", id));
	}

	public RegionView open(RegionDraft draft) {
		requireAdmin();
		Checked checked = check(draft);
		if (codeTaken(checked.code(), -1)) {
			throw new Conflict("code", "A region with code " + checked.code() + " already exists.");
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into org.region (code, names, time_zone, locale) values (?, ?::jsonb, ?, ?)")
				.params(checked.code(), json.writeValueAsString(checked.names()), checked.timeZone(), checked.locale())
				.update(key, "id");
		long id = key.getKey().longValue();
		audit.record(new AuditEvent("region.opened", "region", String.valueOf(id), OrgScope.region(id), null, checked));
		return find(id);
	}

	public RegionView revise(long id, RegionDraft draft) {
		RegionView before = find(id);
		requireAdmin();
		Checked checked = check(draft);
		if (draft.version() == null) {
			throw new RuleBroken(List.of(new Breach("version", Rule.REQUIRED)));
		}
		if (codeTaken(checked.code(), id)) {
			throw new Conflict("code", "A region with code " + checked.code() + " already exists.");
		}
		int updated = jdbc.sql("""
				update org.region set code = ?, names = ?::jsonb, time_zone = ?, locale = ?, version = version + 1
				 where id = ? and version = ?""")
				.params(checked.code(), json.writeValueAsString(checked.names()), checked.timeZone(), checked.locale(), id,
						draft.version())
				.update();
		if (updated != 1) {
			throw new Conflict("version", "Region " + before.code() + " was changed by someone else since you loaded it.");
		}
		audit.record(new AuditEvent("region.revised", "region", String.valueOf(id), OrgScope.region(id), before, checked));
		return find(id);
	}

	private record Checked(String code, Map<String, String> names, String timeZone, String locale) {
	}

	private static Checked check(RegionDraft draft) {
		Breaches breaches = new Breaches();
		String code = breaches.code("code", draft.code(), "EAST");
		Map<String, String> names = Names.check("name", draft.names(), breaches);
		String zone = breaches.required("timeZone", draft.timeZone());
		if (zone != null && !ZoneId.getAvailableZoneIds().contains(zone)) {
			breaches.add("timeZone", Rule.TIME_ZONE);
		}
		String locale = breaches.required("locale", draft.locale());
		if (locale != null && !Store.LOCALES.contains(locale)) {
			breaches.add("locale", Rule.ONE_OF, "zh-CN, zh-TW, en");
		}
		breaches.throwIfAny();
		return new Checked(code, names, zone, locale);
	}

	private boolean codeTaken(String code, long exceptId) {
		return jdbc.sql("select exists (select 1 from org.region where code = ? and id <> ?)").params(code, exceptId)
				.query(Boolean.class).single();
	}

	private void requireAdmin() {
		if (!access.administersOrganisation(CurrentActor.get())) {
			throw new OutsideScope("Only the HQ admin sets up regions.");
		}
	}

	private RegionView view(ResultSet rs, int n) throws SQLException {
		return new RegionView(rs.getLong("id"), rs.getString("code"), json.readValue(rs.getString("names"), NAMES),
				rs.getString("time_zone"), rs.getString("locale"), rs.getInt("version"));
	}
}
