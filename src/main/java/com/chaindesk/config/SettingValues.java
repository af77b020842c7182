package com.chaindesk.config;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.time.Duration;

import com.chaindesk.platform.ClusterCache;
import com.chaindesk.platform.ClusterSignals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code config} schema: values per (key, scope) and locks per (key, scope).
 * <p>
 * Reads are remembered per set of scopes, because every page and many API calls need them (opening a ticket reads
 * them nine times); every write makes every instance forget, and a minute is the most a missed signal could cost.
 */
@Repository
class SettingValues {

	static final String CHANNEL = "chaindesk_config";

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final ClusterCache<List<String>, StoredSettings> remembered;

	SettingValues(JdbcClient jdbc, JsonMapper json, ClusterSignals signals) {
		this.jdbc = jdbc;
		this.json = json;
		this.remembered = new ClusterCache<>(signals, CHANNEL, Duration.ofMinutes(1), 20_000);
	}

	/** Every value and lock at the given scopes, from memory when read less than a minute ago. */
	StoredSettings load(Collection<String> scopes) {
		return remembered.get(List.copyOf(scopes), key -> Optional.of(read(key))).orElseThrow();
	}

	/** After any write: every instance forgets what it remembered (see {@link ClusterCache}). */
	private boolean changed(boolean changed) {
		if (changed) {
			remembered.changed();
		}
		return changed;
	}

	/** Every value and lock at the given scopes, in one query. */
	private StoredSettings read(Collection<String> scopes) {
		List<StoredSettings.Value> values = new ArrayList<>();
		List<StoredSettings.Lock> locks = new ArrayList<>();
		jdbc.sql("""
				select 'V' as kind, key, scope, value::text as value, version, updated_by as by, updated_at as at
				  from config.setting_value where scope in (:scopes)
				union all
				select 'L', key, scope, null, 0, locked_by, locked_at
				  from config.setting_lock where scope in (:scopes)
				""")
				.param("scopes", scopes)
				.query((ResultSet rs) -> {
					if ("V".equals(rs.getString("kind"))) {
						values.add(value(rs));
					}
					else {
						locks.add(new StoredSettings.Lock(rs.getString("key"), rs.getString("scope"), rs.getString("by"),
								rs.getTimestamp("at").toInstant()));
					}
				});
		return new StoredSettings(values, locks);
	}

	/** The value at one scope, locked against concurrent change until the transaction ends. */
	Optional<StoredSettings.Value> valueForUpdate(String key, String scope) {
		return jdbc.sql("""
				select key, scope, value::text as value, version, updated_by as by, updated_at as at
				  from config.setting_value where key = ? and scope = ? for update
				""").params(key, scope).query((rs, row) -> value(rs)).optional();
	}

	boolean insert(String key, String scope, Long regionId, Long storeId, JsonNode value, String by) {
		return changed(jdbc.sql("""
				insert into config.setting_value (key, scope, region_id, store_id, value, updated_by, updated_at, version)
				values (?, ?, ?, ?, cast(? as jsonb), ?, now(), 1)
				on conflict (key, scope) do nothing
				""").params(key, scope, regionId, storeId, json.writeValueAsString(value), by).update() == 1);
	}

	boolean update(String key, String scope, JsonNode value, String by, long version) {
		return changed(jdbc.sql("""
				update config.setting_value set value = cast(? as jsonb), updated_by = ?, updated_at = now(), version = version + 1
				 where key = ? and scope = ? and version = ?
				""").params(json.writeValueAsString(value), by, key, scope, version).update() == 1);
	}

	boolean delete(String key, String scope, long version) {
		return changed(jdbc.sql("delete from config.setting_value where key = ? and scope = ? and version = ?")
				.params(key, scope, version).update() == 1);
	}

	Optional<StoredSettings.Lock> lock(String key, String scope) {
		return jdbc.sql("select key, scope, locked_by, locked_at from config.setting_lock where key = ? and scope = ?")
				.params(key, scope)
				.query((rs, row) -> new StoredSettings.Lock(rs.getString("key"), rs.getString("scope"),
						rs.getString("locked_by"), rs.getTimestamp("locked_at").toInstant()))
				.optional();
	}

	boolean addLock(String key, String scope, String by) {
		return changed(jdbc.sql("""
				insert into config.setting_lock (key, scope, locked_by, locked_at) values (?, ?, ?, now())
				on conflict (key, scope) do nothing
				""").params(key, scope, by).update() == 1);
	}

	boolean removeLock(String key, String scope) {
		return changed(jdbc.sql("delete from config.setting_lock where key = ? and scope = ?").params(key, scope).update() == 1);
	}

	private StoredSettings.Value value(ResultSet rs) throws SQLException {
		Timestamp at = rs.getTimestamp("at");
		return new StoredSettings.Value(rs.getString("key"), rs.getString("scope"), json.readTree(rs.getString("value")),
				rs.getLong("version"), rs.getString("by"), at.toInstant());
	}
}
