package com.chaindesk.identity.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.chaindesk.audit.AuditEvent;
import com.chaindesk.audit.AuditTrail;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.Conflict;
import com.chaindesk.platform.FieldProblem;
import com.chaindesk.platform.InvalidInput;
import com.chaindesk.platform.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for the API: short-lived ones from {@code POST /api/v1/auth/token} and personal ones people make for
 * their integrations. Only a SHA-256 of each token is stored; the token itself is shown once.
 */
@Component
public class ApiTokens {

	public enum Kind {
		SIGN_IN, PERSONAL
	}

	/** Where a token stands: usable, past its date, or withdrawn by its owner. */
	public enum Status {
		ACTIVE, EXPIRED, REVOKED
	}

	/** A token as its owner sees it in their list. */
	public record TokenInfo(long id, Kind kind, String name, String prefix, boolean readOnly, Instant createdAt,
			Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {

		public Status status(Instant now) {
			if (revokedAt != null) {
				return Status.REVOKED;
			}
			return expiresAt.isAfter(now) ? Status.ACTIVE : Status.EXPIRED;
		}
	}

	/** A freshly made token: the only time its secret is known. */
	public record IssuedToken(long id, String token, Instant expiresAt) {
	}

	/** Why a presented token was refused. */
	public enum Refusal {
		UNKNOWN("The token is not known."), EXPIRED("The token has expired."), REVOKED("The token has been revoked."),
		ACCOUNT_DISABLED("The account behind the token is disabled.");

		private final String reason;

		Refusal(String reason) {
			this.reason = reason;
		}

		public String reason() {
			return reason;
		}
	}

	public record Check(Actor actor, boolean readOnly, Refusal refusal) {
	}

	/** How long a personal token may live at most: a year, so that forgotten integrations stop on their own. */
	public static final int MAX_VALID_DAYS = 365;
	public static final int MAX_NAME_LENGTH = 100;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final AccountDirectory accounts;
	private final AuditTrail audit;
	private final RecentTokenChecks recent;

	ApiTokens(JdbcClient jdbc, AccountDirectory accounts, AuditTrail audit, RecentTokenChecks recent) {
		this.recent = recent;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.audit = audit;
	}

	/**
	 * Makes a personal token for an integration of the owner's. The secret is in the answer and nowhere else; the
	 * audit trail records the token's name and prefix only.
	 */
	@Transactional
	public IssuedToken issuePersonal(Actor owner, String name, Integer validDays, boolean readOnly) {
		List<FieldProblem> problems = new ArrayList<>();
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
			problems.add(new FieldProblem("name", "required, at most " + MAX_NAME_LENGTH + " characters"));
		}
		if (validDays == null || validDays < 1 || validDays > MAX_VALID_DAYS) {
			problems.add(new FieldProblem("validDays", "1 to " + MAX_VALID_DAYS + " days"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		IssuedToken issued = issue(owner.userId(), Kind.PERSONAL, trimmed, Duration.ofDays(validDays), readOnly);
		audit.record(new AuditEvent("user.token.created", "user", owner.username(), owner.scope(), null,
				Map.of("tokenId", issued.id(), "name", trimmed, "prefix", issued.token().substring(0, 10),
						"readOnly", readOnly, "expiresAt", issued.expiresAt().toString())));
		return issued;
	}

	/** Withdraws one of the owner's personal tokens at once. */
	@Transactional
	public void revoke(Actor owner, long tokenId) {
		TokenInfo token = personalTokens(owner.userId()).stream().filter(t -> t.id() == tokenId).findFirst()
				.orElseThrow(() -> new NotFound("token", tokenId));
		if (token.revokedAt() != null) {
			throw new Conflict("The token was already revoked.");
		}
		jdbc.sql("update identity.api_token set revoked_at = now() where id = ? and user_id = ? and revoked_at is null")
				.params(tokenId, owner.userId()).update();
		recent.forgetEverywhere();
		audit.record(new AuditEvent("user.token.revoked", "user", owner.username(), owner.scope(),
				Map.of("tokenId", tokenId, "name", token.name(), "prefix", token.prefix(), "revoked", false),
				Map.of("tokenId", tokenId, "name", token.name(), "prefix", token.prefix(), "revoked", true)));
	}

	@Transactional
	public IssuedToken issue(long userId, Kind kind, String name, Duration validFor, boolean readOnly) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = "cd_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant expiresAt = Instant.now().plus(validFor);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into identity.api_token (user_id, kind, name, token_hash, prefix, read_only, expires_at)
				values (?, ?, ?, ?, ?, ?, ?)
				""")
				.params(userId, kind.name(), name, sha256(token), token.substring(0, 10), readOnly,
						java.sql.Timestamp.from(expiresAt))
				.update(key, "id");
		return new IssuedToken(key.getKey().longValue(), token, expiresAt);
	}

	/**
	 * Whether a presented token may be used now. Not transactional: a token checked a moment ago answers from memory
	 * without a connection (see {@link RecentTokenChecks}); otherwise a few single-statement reads.
	 */
	public Check check(String token) {
		String hash = sha256(token);
		Instant now = Instant.now();
		Optional<RecentTokenChecks.Accepted> remembered = recent.find(hash, now);
		if (remembered.isPresent()) {
			RecentTokenChecks.Accepted accepted = remembered.get();
			if (!accepted.expiresAt().isAfter(now)) {
				recent.forget(hash);
				return new Check(null, false, Refusal.EXPIRED);
			}
			if (accepted.touchedAt().plusSeconds(60).isBefore(now)) {
				touch(accepted.tokenId());
				recent.remember(hash, new RecentTokenChecks.Accepted(accepted.tokenId(), accepted.actor(),
						accepted.readOnly(), accepted.expiresAt(), accepted.checkedAt(), now));
			}
			return new Check(accepted.actor(), accepted.readOnly(), null);
		}
		record Row(long id, long userId, boolean readOnly, Instant expiresAt, Instant revokedAt) {
		}
		Optional<Row> row = jdbc.sql("select id, user_id, read_only, expires_at, revoked_at from identity.api_token where token_hash = ?")
				.param(hash)
				.query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getBoolean(3), rs.getTimestamp(4).toInstant(),
						rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
				.optional();
		if (row.isEmpty()) {
			return new Check(null, false, Refusal.UNKNOWN);
		}
		if (row.get().revokedAt() != null) {
			return new Check(null, false, Refusal.REVOKED);
		}
		if (!row.get().expiresAt().isAfter(now)) {
			return new Check(null, false, Refusal.EXPIRED);
		}
		Optional<Actor> actor = accounts.actorById(row.get().userId());
		if (actor.isEmpty()) {
			return new Check(null, false, Refusal.ACCOUNT_DISABLED);
		}
		touch(row.get().id());
		recent.remember(hash, new RecentTokenChecks.Accepted(row.get().id(), actor.get(), row.get().readOnly(),
				row.get().expiresAt(), now, now));
		return new Check(actor.get(), row.get().readOnly(), null);
	}

	/**
	 * Every instance stops trusting tokens it accepted a moment ago: for changes to an account that tokens act for
	 * (disabled, enabled). Call inside the changing transaction.
	 */
	public void forgetAcceptedTokens() {
		recent.forgetEverywhere();
	}

	/** Recorded at most once a minute per token, so that busy integrations do not write on every call. */
	private void touch(long tokenId) {
		jdbc.sql("update identity.api_token set last_used_at = now() where id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')")
				.param(tokenId).update();
	}

	@Transactional(readOnly = true)
	public List<TokenInfo> personalTokens(long userId) {
		return jdbc.sql("select * from identity.api_token where user_id = ? and kind = 'PERSONAL' order by created_at desc")
				.param(userId)
				.query((rs, n) -> new TokenInfo(rs.getLong("id"), Kind.valueOf(rs.getString("kind")), rs.getString("name"),
						rs.getString("prefix"), rs.getBoolean("read_only"), rs.getTimestamp("created_at").toInstant(),
						rs.getTimestamp("expires_at").toInstant(),
						rs.getTimestamp("revoked_at") == null ? null : rs.getTimestamp("revoked_at").toInstant(),
						rs.getTimestamp("last_used_at") == null ? null : rs.getTimestamp("last_used_at").toInstant()))
				.list();
	}

	static String sha256(String value) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
