package com.chaindesk.identity;

import java.security.SecureRandom;
import java.util.Set;

import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A real deployment starts with nobody who can sign in. On a database without accounts this opens {@code admin}
 * (HQ admin) with the password from {@code CHAINDESK_ADMIN_PASSWORD}, or a random one written once to the log.
 * Under an advisory lock, so that instances starting together open it once. The demo opens its own admin, so this
 * runs only with the demo off.
 */
@Component
@ConditionalOnProperty(name = "chaindesk.demo.enabled", havingValue = "false")
class FirstAdministrator implements ApplicationRunner {

	static final String USERNAME = "admin";

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
	private static final long LOCK = 0x43444944_41444d31L;
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789";

	private final UserAccounts accounts;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final String configuredPassword;

	FirstAdministrator(UserAccounts accounts, JdbcClient jdbc, TransactionTemplate transaction,
			@Value("${chaindesk.admin.password:${CHAINDESK_ADMIN_PASSWORD:}}") String configuredPassword) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		openIfNobodyCanSignIn();
	}

	/** True when it opened the account. */
	boolean openIfNobodyCanSignIn() {
		Boolean opened = transaction.execute(status -> {
			jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query().singleRow();
			if (accounts.exists()) {
				return false;
			}
			boolean generated = configuredPassword == null || configuredPassword.isBlank();
			String password = generated ? randomPassword() : configuredPassword;
			if (password.length() < UserAccounts.MIN_PASSWORD_LENGTH) {
				throw new IllegalStateException("CHAINDESK_ADMIN_PASSWORD (chaindesk.admin.password) must have at least "
						+ UserAccounts.MIN_PASSWORD_LENGTH + " characters.");
			}
			accounts.open(new NewAccount(USERNAME, "Administrator", password, null, Set.of(Role.HQ_ADMIN), OrgScope.hq()));
			if (generated) {
				log.warn("""

						==================================================================
						 No accounts existed, so ChainDesk opened the HQ administrator:
						   username: {}
						   password: {}
						 This password is shown only this once. Sign in and change it
						 (user menu -> Account security), or set CHAINDESK_ADMIN_PASSWORD
						 before the first start next time.
						==================================================================""", USERNAME, password);
			}
			else {
				log.info("No accounts existed: opened the HQ administrator '{}' with the password from CHAINDESK_ADMIN_PASSWORD.",
						USERNAME);
			}
			return true;
		});
		return Boolean.TRUE.equals(opened);
	}

	private static String randomPassword() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}
}
