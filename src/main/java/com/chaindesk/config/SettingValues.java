package com.chaindesk.config;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.time.Duration;
import java.time.Instant;

import com.chaindesk.platform.ClusterSignals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code config} schema: values per (key, scope) and locks per (key, scope).
 * <p>
 * Reads are remembered per set of scopes, because every page and many API calls need them; every write makes every
 * instance forget (a cluster signal delivered when the writing transaction commits), and a minute is the most a
 * missed signal could cost.
 */
@Repository
class SettingValues {

	static final String CHANNEL = "chaindesk_config";
	private static final Duration REMEMBER_FOR = Duration.ofMinutes(1);

	private record Remembered(StoredSettings settings, Instant loadedAt) {
	}

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final ClusterSignals signals;
	private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

	SettingValues(JdbcClient jdbc, JsonMapper json, ClusterSignals signals) {
		this.jdbc = jdbc;
		this.json = json;
		this.signals = signals;
		signals.listen(CHANNEL, payload -> remembered.clear());
	}

	/** Every value and lock at the given scopes, from memory when read less than a minute ago. */
	StoredSettings load(Collection<String> scopes) {
		String key = String.join(",", scopes);
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			// Inside a change: see its own uncommitted writes, and never remember them (it may still roll back).
			return read(scopes);
		}
		Remembered known = remembered.get(key);
		Instant now = Instant.now();
		if (known != null && known.loadedAt().plus(REMEMBER_FOR).isAfter(now)) {
			return known.settings();
		}
		StoredSettings settings = read(scopes);
		if (remembered.size() > 20_000) {
			remembered.clear();
		}
		remembered.put(key, new Remembered(settings, now));
		return settings;
	}

	/** After any write: this instance forgets now, every instance when the transaction commits. */
	private boolean changed(boolean changed) {
		if (changed) {
			remembered.clear();
			signals.send(CHANNEL, "changed");
			if (TransactionSynchronizationManager.isSynchronizationActive()) {
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void afterCompletion(int status) {
						remembered.clear();
					}
				});
			}
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
