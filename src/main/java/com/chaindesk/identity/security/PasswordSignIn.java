package com.chaindesk.identity.security;

import java.time.Duration;

import com.chaindesk.platform.Actor;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs an integration in with username, password and, where needed, a code: the same rules as the sign-in page,
 * the same lock after repeated failures.
 */
@Component
public class PasswordSignIn {

	/** Why a sign-in was refused; the messages never tell which of username or password was wrong. */
	public enum Refusal {
		BAD_CREDENTIALS("Wrong username or password."),
		LOCKED("Too many failed attempts: the account is locked for a while."),
		DISABLED("The account is disabled."),
		CODE_REQUIRED("This account needs the code from its authenticator app ('totp')."),
		BAD_CODE("The authenticator code is wrong or was already used."),
		ENROLMENT_REQUIRED("This account must set up a second factor in the web UI first.");

		private final String reason;

		Refusal(String reason) {
			this.reason = reason;
		}

		public String reason() {
			return reason;
		}
	}

	public record Result(ApiTokens.IssuedToken token, Refusal refusal) {
	}

	private static final Duration SIGN_IN_TOKEN_LIFETIME = Duration.ofHours(12);

	private final AccountDirectory accounts;
	private final PasswordEncoder passwords;
	private final LoginThrottle throttle;
	private final SecondFactors factors;
	private final SecondFactorPolicy policy;
	private final ApiTokens tokens;

	PasswordSignIn(AccountDirectory accounts, PasswordEncoder passwords, LoginThrottle throttle, SecondFactors factors,
			SecondFactorPolicy policy, ApiTokens tokens) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.throttle = throttle;
		this.factors = factors;
		this.policy = policy;
		this.tokens = tokens;
	}

	@Transactional(noRollbackFor = Exception.class)
	public Result signIn(String username, String password, String code) {
		SignedInUser user;
		try {
			user = accounts.loadUserByUsername(username == null ? "" : username);
		}
		catch (UsernameNotFoundException e) {
			// Spend the same time as a real check, so that timing does not reveal which usernames exist.
			passwords.matches(password == null ? "" : password, "{bcrypt}$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z6vH.N0eN3zFv0sVY5V0Y6Oe");
			return new Result(null, Refusal.BAD_CREDENTIALS);
		}
		if (!user.isAccountNonLocked()) {
			return new Result(null, Refusal.LOCKED);
		}
		if (!user.isEnabled()) {
			return new Result(null, Refusal.DISABLED);
		}
		if (password == null || !passwords.matches(password, user.getPassword())) {
			throttle.failed(username);
			return new Result(null, Refusal.BAD_CREDENTIALS);
		}
		Actor actor = user.actor();
		if (factors.enrolled(actor.userId())) {
			if (code == null || code.isBlank()) {
				return new Result(null, Refusal.CODE_REQUIRED);
			}
			if (!factors.verify(actor.userId(), username, code)) {
				return new Result(null, Refusal.BAD_CODE);
			}
		}
		else if (policy.requires(actor)) {
			return new Result(null, Refusal.ENROLMENT_REQUIRED);
		}
		throttle.succeeded(username);
		return new Result(tokens.issue(actor.userId(), ApiTokens.Kind.SIGN_IN, "sign-in", SIGN_IN_TOKEN_LIFETIME, false), null);
	}
}
