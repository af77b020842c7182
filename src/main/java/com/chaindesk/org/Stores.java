package com.chaindesk.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores in {@code org.store} with their closures in {@code org.store_closure}, saved and loaded whole. */
@Repository
class Stores {

	private static final TypeReference<Map<String, String>> NAMES = new TypeReference<>() {
	};
	private static final TypeReference<Map<String, List<String>>> HOURS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final RememberedStores remembered;

	Stores(JdbcClient jdbc, JsonMapper json, RememberedStores remembered) {
		this.jdbc = jdbc;
		this.json = json;
		this.remembered = remembered;
	}

	Optional<Store> find(long id) {
		return jdbc.sql("select * from org.store where id = ?").param(id).query(this::row).optional()
				.map(row -> row.toStore(closuresOf(List.of(id)).getOrDefault(id, List.of())));
	}

	/** Locks the row for the rest of the transaction: two changes of one store queue instead of interleaving. */
	Optional<Store> findForUpdate(long id) {
		return jdbc.sql("select * from org.store where id = ? for update").param(id).query(this::row).optional()
				.map(row -> row.toStore(closuresOf(List.of(id)).getOrDefault(id, List.of())));
	}

	boolean codeTaken(String code, Long exceptId) {
		return jdbc.sql("select exists (select 1 from org.store where code = ? and id <> ?)")
				.params(code, exceptId == null ? -1L : exceptId).query(Boolean.class).single();
	}

	Set<String> codesTaken(Collection<String> codes) {
		if (codes.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc.sql("select code from org.store where code = any(?)")
				.param(codes.toArray(String[]::new)).query(String.class).list());
	}

	Store add(Store store) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		Store.Profile p = store.profile();
		jdbc.sql("""
				insert into org.store (code, region_id, names, city, address, latitude, longitude, time_zone, locale,
				                       size_class, status, opening_hours, phone)
				values (?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)
				""")
				.params(p.code(), p.regionId(), json.writeValueAsString(p.names()), p.city(), p.address(), p.latitude(),
						p.longitude(), p.timeZone().getId(), p.locale(), p.sizeClass().name(), store.status().name(),
						json.writeValueAsString(store.hours().byDay()), store.phone())
				.update(key, "id");
		store.assignId(key.getKey().longValue());
		saveClosures(store);
		remembered.changed();
		return store;
	}

	/** Saves a changed store; refuses when someone else saved it since it was loaded. */
	void update(Store store) {
		Store.Profile p = store.profile();
		int updated = jdbc.sql("""
				update org.store set code = ?, region_id = ?, names = ?::jsonb, city = ?, address = ?, latitude = ?,
				       longitude = ?, time_zone = ?, locale = ?, size_class = ?, status = ?, opening_hours = ?::jsonb,
				       phone = ?, updated_at = now(), version = version + 1
				 where id = ? and version = ?
				""")
				.params(p.code(), p.regionId(), json.writeValueAsString(p.names()), p.city(), p.address(), p.latitude(),
						p.longitude(), p.timeZone().getId(), p.locale(), p.sizeClass().name(), store.status().name(),
						json.writeValueAsString(store.hours().byDay()), store.phone(), store.id(), store.version())
				.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Store " + store.id() + " was changed by someone else");
		}
		store.versionSaved(store.version() + 1);
		jdbc.sql("delete from org.store_closure where store_id = ?").param(store.id()).update();
		saveClosures(store);
		remembered.changed();
	}

	private void saveClosures(Store store) {
		for (StoreClosure closure : store.closures()) {
			jdbc.sql("insert into org.store_closure (store_id, starts_on, ends_on, reason) values (?, ?, ?, ?)")
					.params(store.id(), closure.startsOn(), closure.endsOn(), closure.reason()).update();
		}
	}

	/** The stores the condition lets through, optionally of one region and matching a text, newest code order. */
	StoreRows search(OrgAccess.StoreCondition scope, Long regionId, String text, int page, int size) {
		OrgAccess.StoreCondition where = scope;
		if (regionId != null) {
			where = where.and("s.region_id = ?", regionId);
		}
		if (text != null && !text.isBlank()) {
			String like = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
			where = where.and("""
					(s.code ilike ? or s.city ilike ? or s.address ilike ?
					 or exists (select 1 from jsonb_each_text(s.names) n where n.value ilike ?))""", like, like, like, like);
		}
		long total = jdbc.sql("select count(*) from org.store s where " + where.sql()).params(where.params())
				.query(Long.class).single();
		List<Object> params = new ArrayList<>(where.params());
		params.add(size);
		params.add((long) page * size);
		List<Row> rows = jdbc.sql("select s.* from org.store s where " + where.sql() + " order by s.region_id, s.code limit ? offset ?")
				.params(params).query(this::row).list();
		Map<Long, List<StoreClosure>> closures = closuresOf(rows.stream().map(Row::id).toList());
		return new StoreRows(rows.stream().map(r -> r.toStore(closures.getOrDefault(r.id(), List.of()))).toList(), total);
	}

	record StoreRows(List<Store> stores, long total) {
	}

	private Map<Long, List<StoreClosure>> closuresOf(List<Long> storeIds) {
		Map<Long, List<StoreClosure>> out = new HashMap<>();
		if (storeIds.isEmpty()) {
			return out;
		}
		jdbc.sql("select * from org.store_closure where store_id = any(?) order by starts_on")
				.param(storeIds.toArray(Long[]::new))
				.query((rs, n) -> Map.entry(rs.getLong("store_id"), new StoreClosure(rs.getDate("starts_on").toLocalDate(),
						rs.getDate("ends_on").toLocalDate(), rs.getString("reason"))))
				.list().forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return out;
	}

	/** A store row before its closures are attached. */
	private record Row(long id, Store.Profile profile, WeeklyHours hours, String phone, StoreStatus status, int version) {
		Store toStore(List<StoreClosure> closures) {
			return new Store(id, profile, hours, closures, phone, status, version);
		}
	}

	private Row row(ResultSet rs, int n) throws SQLException {
		Store.Profile profile = new Store.Profile(rs.getString("code"), json.readValue(rs.getString("names"), NAMES),
				rs.getLong("region_id"), rs.getString("city"), rs.getString("address"), rs.getBigDecimal("latitude"),
				rs.getBigDecimal("longitude"), ZoneId.of(rs.getString("time_zone")), rs.getString("locale"),
				SizeClass.valueOf(rs.getString("size_class")));
		return new Row(rs.getLong("id"), profile, WeeklyHours.of(json.readValue(rs.getString("opening_hours"), HOURS)),
				rs.getString("phone"), StoreStatus.valueOf(rs.getString("status")), rs.getInt("version"));
	}
}
