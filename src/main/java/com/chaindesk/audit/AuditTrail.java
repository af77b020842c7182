package com.chaindesk.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import com.chaindesk.platform.Actor;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.RequestOrigin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records changes in the trail. Runs inside the caller's transaction, so a change that rolls back leaves no entry
 * and an entry that cannot be written rolls the change back.
 */
@Service
public class AuditTrail {

	static final String GENESIS = "0".repeat(64);

	/** Serialises appends: each entry needs the hash of the one written just before it. */
	private static final long CHAIN_LOCK = 0x43484149_4e444b31L;

	private final JdbcClient jdbc;
	private final JsonMapper json;

	AuditTrail(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditEvent event) {
		Actor actor = CurrentActor.get();
		Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
		String before = event.before() == null ? null : json.writeValueAsString(event.before());
		String after = event.after() == null ? null : json.writeValueAsString(event.after());
		OrgScope scope = event.targetScope();
		String clientIp = RequestOrigin.clientAddress();

		jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleRow();
		String prev = jdbc.sql("select hash from audit.entry order by id desc limit 1").query(String.class).optional()
				.orElse(GENESIS);
		String hash = hash(prev, at, actor.username(), scope.key(), event.action(), event.targetType(), event.targetId(),
				before, after, clientIp);
		jdbc.sql("""
				insert into audit.entry (at, actor, scope, region_id, store_id, action, target_type, target_id,
				                         before_json, after_json, client_ip, prev_hash, hash)
				values (:at, :actor, :scope, :region, :store, :action, :targetType, :targetId, :before, :after, :ip, :prev, :hash)
				""")
				.param("at", java.sql.Timestamp.from(at))
				.param("actor", actor.username())
				.param("scope", scope.key())
				.param("region", scope.regionId())
				.param("store", scope.storeId())
				.param("action", event.action())
				.param("targetType", event.targetType())
				.param("targetId", event.targetId())
				.param("before", before)
				.param("after", after)
				.param("ip", clientIp)
				.param("prev", prev)
				.param("hash", hash)
				.update();
	}

	static String hash(String prev, Instant at, String actor, String scope, String action, String targetType,
			String targetId, String before, String after, String clientIp) {
		StringBuilder content = new StringBuilder(256);
		for (String part : new String[] { prev, at.toString(), actor, scope, action, targetType, targetId, before, after,
				clientIp }) {
			// Length-prefixed, so that no two different entries can ever produce the same text.
			String value = part == null ? "" : part;
			content.append(part == null ? -1 : value.length()).append(':').append(value).append('|');
		}
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha.digest(content.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}

}
