package com.chaindesk.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Look-ups other modules make about the chain's shape: which region a store is in, its zone and language. Answers
 * without regard to the caller's scope: callers that show data to a person filter by scope themselves.
 */
@Service
public class OrgDirectory {

	private static final TypeReference<Map<String, String>> NAMES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final Stores stores;
	private final RememberedStores remembered;
	private final RememberedTeams teams;

	OrgDirectory(JdbcClient jdbc, JsonMapper json, Stores stores, RememberedStores remembered, RememberedTeams teams) {
		this.teams = teams;
		this.jdbc = jdbc;
		this.json = json;
		this.stores = stores;
		this.remembered = remembered;
	}

	public Optional<StoreRef> store(long id) {
		return remembered.ref(id, key -> jdbc.sql("select * from org.store where id = ?").param(key).query(this::toStore)
				.optional());
	}

	/** A store's zone, weekly hours and closures: what a business calendar is built from. */
	public Optional<StoreCalendarRef> calendarOf(long storeId) {
		return remembered.calendar(storeId, key -> stores.find(key).map(store -> store.view(Instant.now()))
				.map(view -> new StoreCalendarRef(view.id(), view.regionId(), view.timeZone(), view.hours(),
						view.closures())));
	}

	/** Many stores in one statement (for lists that show store names), keyed by id; unknown ids are left out. */
	public Map<Long, StoreRef> stores(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, StoreRef> out = new LinkedHashMap<>();
		jdbc.sql("select * from org.store where id = any(?)").param(ids.stream().distinct().toArray(Long[]::new))
				.query(this::toStore).list().forEach(store -> out.put(store.id(), store));
		return out;
	}

	/** Display names of agents by username, as remembered; usernames that are no agent are left out. */
	public Map<String, String> agentNames(Collection<String> usernames) {
		if (usernames.isEmpty()) {
			return Map.of();
		}
		Map<String, String> all = teams.agentNames();
		Map<String, String> out = new LinkedHashMap<>();
		usernames.stream().distinct().filter(all::containsKey).forEach(u -> out.put(u, all.get(u)));
		return out;
	}

	/** The team an agent works in, if the username is an agent of a team. */
	public Optional<Long> teamOf(String username) {
		return jdbc.sql("select team_id from org.agent where username = ? and team_id is not null").param(username)
				.query(Long.class).optional();
	}

	public Optional<StoreRef> storeByCode(String code) {
		return jdbc.sql("select * from org.store where code = ?").param(code).query(this::toStore).optional();
	}

	public List<StoreRef> storesOfRegion(long regionId) {
		return jdbc.sql("select * from org.store where region_id = ? order by id").param(regionId).query(this::toStore).list();
	}

	public Optional<RegionRef> region(long id) {
		return jdbc.sql("select * from org.region where id = ?").param(id).query(this::toRegion).optional();
	}

	public List<RegionRef> regions() {
		return jdbc.sql("select * from org.region order by id").query(this::toRegion).list();
	}

	/** Every team, open or closed (reports name the teams that held tickets in the past). */
	public List<TeamRef> teams() {
		return teams.all().stream().sorted(Comparator.comparingLong(TeamView::id))
				.map(t -> new TeamRef(t.id(), t.code(), t.names(), t.tier(), t.regionId())).toList();
	}

	/** Every vendor, current or former. */
	public List<VendorRef> vendors() {
		return jdbc.sql("select id, code, company from org.vendor order by id")
				.query((rs, row) -> new VendorRef(rs.getLong("id"), rs.getString("code"), rs.getString("company"))).list();
	}

	public Optional<VendorRef> vendor(long id) {
		return jdbc.sql("select id, code, company from org.vendor where id = ?").param(id)
				.query((rs, row) -> new VendorRef(rs.getLong("id"), rs.getString("code"), rs.getString("company"))).optional();
	}

	public long storeCount() {
		return jdbc.sql("select count(*) from org.store").query(Long.class).single();
	}

	private StoreRef toStore(ResultSet rs, int row) throws SQLException {
		return new StoreRef(rs.getLong("id"), rs.getString("code"), rs.getLong("region_id"),
				json.readValue(rs.getString("names"), NAMES), rs.getString("city"), rs.getString("time_zone"),
				rs.getString("locale"), rs.getString("size_class"), rs.getString("status"));
	}

	private RegionRef toRegion(ResultSet rs, int row) throws SQLException {
		return new RegionRef(rs.getLong("id"), rs.getString("code"), json.readValue(rs.getString("names"), NAMES),
				rs.getString("time_zone"), rs.getString("locale"));
	}
}
