package com.chaindesk.identity.security;

import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for a while after too many wrong passwords or codes in a row. Counted in the database, so that
 * trying instance after instance of a cluster gains nothing.
 */
@Component
public class LoginThrottle {

	private final JdbcClient jdbc;
	private final int attempts;
	private final Duration lockFor;

	LoginThrottle(JdbcClient jdbc, @Value("${chaindesk.security.lockout.attempts:5}") int attempts,
			@Value("${chaindesk.security.lockout.duration:PT15M}") Duration lockFor) {
		this.jdbc = jdbc;
		this.attempts = attempts;
		this.lockFor = lockFor;
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent event) {
		failed(event.getAuthentication().getName());
	}

	@Transactional
	public void failed(String username) {
		jdbc.sql("""
				update identity.user_account
				   set failed_logins = case when failed_logins + 1 >= :attempts then 0 else failed_logins + 1 end,
				       locked_until  = case when failed_logins + 1 >= :attempts then :until else locked_until end
				 where username = :username
				""")
				.param("attempts", attempts)
				.param("until", java.sql.Timestamp.from(Instant.now().plus(lockFor)))
				.param("username", username)
				.update();
	}

	@Transactional
	public void succeeded(String username) {
		jdbc.sql("update identity.user_account set failed_logins = 0, locked_until = null where username = ? and failed_logins > 0")
				.param(username).update();
	}
}
