package com.chaindesk.identity.security;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import com.chaindesk.audit.AuditEvent;
import com.chaindesk.audit.AuditTrail;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.Conflict;
import com.chaindesk.platform.InvalidInput;
import com.chaindesk.platform.OrgScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's second factor: an authenticator app (TOTP) with ten single-use recovery codes for a lost phone.
 */
@Component
public class SecondFactors {

	private static final SecureRandom RANDOM = new SecureRandom();
	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private final JdbcClient jdbc;
	private final TotpCodes totp;
	private final LoginThrottle throttle;
	private final AuditTrail audit;
	private final SecondFactorPolicy policy;

	SecondFactors(JdbcClient jdbc, TotpCodes totp, LoginThrottle throttle, AuditTrail audit, SecondFactorPolicy policy) {
		this.jdbc = jdbc;
		this.totp = totp;
		this.throttle = throttle;
		this.audit = audit;
		this.policy = policy;
	}

	/** Whether HQ's rule lets this person do without a second factor (and so turn theirs off). */
	public boolean mayGoWithout(Actor actor) {
		return !policy.requires(actor);
	}

	@Transactional(readOnly = true)
	public boolean enrolled(long userId) {
		return jdbc.sql("select totp_enabled from identity.user_account where id = ?").param(userId).query(Boolean.class)
				.optional().orElse(false);
	}

	/**
	 * Turns the second factor on once the person has shown a code from their app, and hands back recovery codes to
	 * be shown once.
	 */
	@Transactional
	public List<String> enrol(Actor actor, String secret, String code) {
		if (enrolled(actor.userId())) {
			throw new Conflict("secondFactor", "Two-step verification is already on.");
		}
		if (secret == null) {
			throw new InvalidInput("code", "The set-up has expired; start again.");
		}
		OptionalLong step = totp.matchingStep(secret, code, Instant.now());
		if (step.isEmpty()) {
			throw new InvalidInput("code", "The code does not match. Check the time on your phone and try the newest code.");
		}
		jdbc.sql("update identity.user_account set totp_secret = ?, totp_enabled = true, totp_last_step = ? where id = ?")
				.params(secret, step.getAsLong(), actor.userId()).update();
		jdbc.sql("delete from identity.recovery_code where user_id = ?").param(actor.userId()).update();
		List<String> codes = newRecoveryCodes(actor.userId());
		audit.record(new AuditEvent("user.second-factor.enrolled", "user", actor.username(), actor.scope(),
				Map.of("secondFactor", false), Map.of("secondFactor", true)));
		return codes;
	}

	/**
	 * The person turns their own second factor off, proving it is them with a current code or a recovery code; not
	 * allowed where HQ requires one for their role.
	 */
	@Transactional(noRollbackFor = InvalidInput.class)
	public void turnOff(Actor actor, String code) {
		if (!enrolled(actor.userId())) {
			throw new Conflict("secondFactor", "Two-step verification is not on.");
		}
		if (!mayGoWithout(actor)) {
			throw new Conflict("secondFactor", "HQ requires two-step verification for your role.");
		}
		requireCode(actor, code);
		disable(actor);
	}

	/** New recovery codes in place of the old ones, after a current code (or one of the old recovery codes). */
	@Transactional(noRollbackFor = InvalidInput.class)
	public List<String> renewRecoveryCodes(Actor actor, String code) {
		if (!enrolled(actor.userId())) {
			throw new Conflict("secondFactor", "Two-step verification is not on.");
		}
		requireCode(actor, code);
		return renewRecoveryCodes(actor);
	}

	/**
	 * An administrator clears someone's second factor after a lost phone; the person sets it up again at their next
	 * sign-in if HQ requires it.
	 */
	@Transactional
	public void reset(long userId, String username, OrgScope scope) {
		if (!enrolled(userId)) {
			throw new Conflict("secondFactor", "This account has no second factor to reset.");
		}
		clear(userId);
		audit.record(new AuditEvent("user.second-factor.reset", "user", username, scope,
				Map.of("secondFactor", true), Map.of("secondFactor", false)));
	}

	private void requireCode(Actor actor, String code) {
		if (code == null || code.isBlank() || code.length() > 20 || !verify(actor.userId(), actor.username(), code)) {
			throw new InvalidInput("code", "The code is wrong or was already used.");
		}
	}

	private void clear(long userId) {
		jdbc.sql("update identity.user_account set totp_secret = null, totp_enabled = false, totp_last_step = null where id = ?")
				.param(userId).update();
		jdbc.sql("delete from identity.recovery_code where user_id = ?").param(userId).update();
	}

	private void disable(Actor actor) {
		clear(actor.userId());
		audit.record(new AuditEvent("user.second-factor.disabled", "user", actor.username(), actor.scope(),
				Map.of("secondFactor", true), Map.of("secondFactor", false)));
	}

	/**
	 * Checks a code from the app, or a recovery code (which is then used up). A wrong code counts towards the
	 * account's lock like a wrong password.
	 */
	@Transactional(noRollbackFor = InvalidInput.class)
	public boolean verify(long userId, String username, String code) {
		String secret = jdbc.sql("select totp_secret from identity.user_account where id = ? and totp_enabled").param(userId)
				.query(String.class).optional().orElse(null);
		if (secret != null && code != null) {
			OptionalLong step = totp.matchingStep(secret, code, Instant.now());
			if (step.isPresent() && jdbc.sql("""
					update identity.user_account set totp_last_step = ?
					 where id = ? and (totp_last_step is null or totp_last_step < ?)
					""").params(step.getAsLong(), userId, step.getAsLong()).update() == 1) {
				return true;
			}
			String normalized = code.trim().toLowerCase().replace("-", "");
			if (normalized.length() == 10 && jdbc.sql("""
					update identity.recovery_code set used_at = now()
					 where user_id = ? and code_hash = ? and used_at is null
					""").params(userId, ApiTokens.sha256(normalized)).update() == 1) {
				OrgScope scope = jdbc.sql("select * from identity.user_account where id = ?").param(userId)
						.query((rs, row) -> Scopes.read(rs)).single();
				audit.record(new AuditEvent("user.recovery-code.used", "user", username, scope, null,
						Map.of("recoveryCodesLeft", recoveryCodesLeft(userId))));
				return true;
			}
		}
		throttle.failed(username);
		return false;
	}

	@Transactional(readOnly = true)
	public int recoveryCodesLeft(long userId) {
		return jdbc.sql("select count(*) from identity.recovery_code where user_id = ? and used_at is null").param(userId)
				.query(Integer.class).single();
	}

	private List<String> renewRecoveryCodes(Actor actor) {
		jdbc.sql("delete from identity.recovery_code where user_id = ?").param(actor.userId()).update();
		List<String> codes = newRecoveryCodes(actor.userId());
		audit.record(new AuditEvent("user.recovery-codes.renewed", "user", actor.username(), actor.scope(), null, null));
		return codes;
	}

	private List<String> newRecoveryCodes(long userId) {
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			StringBuilder code = new StringBuilder();
			for (int j = 0; j < 10; j++) {
				code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
			}
			jdbc.sql("insert into identity.recovery_code (user_id, code_hash) values (?, ?)")
					.params(userId, ApiTokens.sha256(code.toString())).update();
			codes.add(code.substring(0, 5) + "-" + code.substring(5));
		}
		return codes;
	}
}
