package com.chaindesk.identity;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import com.chaindesk.ApiCaller;
import com.chaindesk.ChainDeskTest;
import com.chaindesk.identity.security.TotpCodes;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@ChainDeskTest
class SignInApiTests {

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TotpCodes totp;

	private AccountView openAccount(String username) {
		return transaction.execute(status -> accounts.open(new NewAccount(username, "Test " + username, "correct-horse",
				null, Set.of(Role.L1_AGENT), OrgScope.hq())));
	}

	@Test
	void tokenFromPasswordWorksOnTheApi() {
		openAccount("token-user");
		ApiCaller api = ApiCaller.as(port, "token-user", "correct-horse");
		assertThat(api.get("/api/v1/auth/whoami").json().get("username").asString()).isEqualTo("token-user");
		ApiCaller.Reply reply = ApiCaller.anonymous(port).get("/api/v1/audit");
		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.contentType()).contains("application/problem+json");
	}

	@Test
	void wrongPasswordIsRefusedWithAReason() {
		openAccount("wrong-pw");
		ApiCaller.Reply reply = ApiCaller.anonymous(port).post("/api/v1/auth/token",
				Map.of("username", "wrong-pw", "password", "nope-nope"));
		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.json().get("reason").asString()).isEqualTo("BAD_CREDENTIALS");
	}

	@Test
	void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
		openAccount("lock-me");
		ApiCaller anonymous = ApiCaller.anonymous(port);
		for (int i = 0; i < 5; i++) {
			anonymous.post("/api/v1/auth/token", Map.of("username", "lock-me", "password", "wrong-" + i));
		}
		ApiCaller.Reply reply = anonymous.post("/api/v1/auth/token", Map.of("username", "lock-me", "password", "correct-horse"));
		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.json().get("reason").asString()).isEqualTo("LOCKED");
	}

	@Test
	void missingFieldsAreNamed() {
		ApiCaller.Reply reply = ApiCaller.anonymous(port).post("/api/v1/auth/token", Map.of("username", "x"));
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.body()).contains("\"field\":\"password\"");
	}

	@Test
	void unknownAndRevokedTokensAreRefusedWithTheReason() {
		ApiCaller.Reply unknown = ApiCaller.withToken(port, "cd_made-up").get("/api/v1/audit");
		assertThat(unknown.status()).isEqualTo(401);
		assertThat(unknown.json().get("detail").asString()).contains("not known");
	}

	@Test
	void accountWithSecondFactorNeedsTheCode() {
		AccountView account = openAccount("with-totp");
		String secret = totp.newSecret();
		Actor actor = new Actor(account.id(), account.username(), account.displayName(), account.roles(), account.scope());
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null, java.util.List.of()));
		try {
			transaction.executeWithoutResult(status -> jdbc.sql("update identity.user_account set totp_secret = ?, totp_enabled = true where id = ?")
					.params(secret, account.id()).update());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		ApiCaller anonymous = ApiCaller.anonymous(port);
		ApiCaller.Reply withoutCode = anonymous.post("/api/v1/auth/token", Map.of("username", "with-totp", "password", "correct-horse"));
		assertThat(withoutCode.status()).isEqualTo(401);
		assertThat(withoutCode.json().get("reason").asString()).isEqualTo("CODE_REQUIRED");

		ApiCaller.Reply wrongCode = anonymous.post("/api/v1/auth/token",
				Map.of("username", "with-totp", "password", "correct-horse", "totp", "000000".equals(totp.codeAt(secret, Instant.now())) ? "111111" : "000000"));
		assertThat(wrongCode.status()).isEqualTo(401);
		assertThat(wrongCode.json().get("reason").asString()).isEqualTo("BAD_CODE");

		ApiCaller.Reply rightCode = anonymous.post("/api/v1/auth/token",
				Map.of("username", "with-totp", "password", "correct-horse", "totp", totp.codeAt(secret, Instant.now())));
		assertThat(rightCode.status()).isEqualTo(200);
		assertThat(rightCode.json().get("token").asString()).startsWith("cd_");
	}
}
