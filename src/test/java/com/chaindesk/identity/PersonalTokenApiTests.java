package com.chaindesk.identity;

import java.util.Map;

import com.chaindesk.ApiCaller;
import com.chaindesk.ChainDeskTest;
import com.chaindesk.platform.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@ChainDeskTest
class PersonalTokenApiTests {

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	private IdentityFixtures fixtures;
	private AccountView owner;
	private ApiCaller api;

	@BeforeEach
	void owner() {
		fixtures = new IdentityFixtures(accounts, transaction, jdbc);
		owner = fixtures.hqAccount("tok", Role.L1_AGENT);
		api = ApiCaller.as(port, owner.username(), IdentityFixtures.PASSWORD);
	}

	private ApiCaller.Reply create(String name, Object validDays, boolean readOnly) {
		return api.post("/api/v1/auth/tokens", Map.of("name", name, "validDays", validDays, "readOnly", readOnly));
	}

	@Test
	void aPersonalTokenIsShownOnceAndWorksAsBearer() {
		ApiCaller.Reply created = create("store report script", 30, false);
		assertThat(created.status()).isEqualTo(201);
		String token = created.json().get("token").asString();
		assertThat(token).startsWith("cd_");
		assertThat(created.json().get("expiresAt").asString()).isNotBlank();

		ApiCaller.Reply whoami = ApiCaller.withToken(port, token).get("/api/v1/auth/whoami");
		assertThat(whoami.status()).isEqualTo(200);
		assertThat(whoami.json().get("username").asString()).isEqualTo(owner.username());
		assertThat(whoami.json().get("roles").get(0).asString()).isEqualTo("L1_AGENT");
		assertThat(whoami.json().get("scope").get("level").asString()).isEqualTo("HQ");

		ApiCaller.Reply list = api.get("/api/v1/auth/tokens");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().size()).isEqualTo(1);
		assertThat(list.json().get(0).get("name").asString()).isEqualTo("store report script");
		assertThat(list.json().get(0).get("status").asString()).isEqualTo("ACTIVE");
		assertThat(token).startsWith(list.json().get(0).get("prefix").asString());
		assertThat(list.body()).doesNotContain(token);
	}

	@Test
	void creatingAndRevokingAreAuditedWithoutTheSecret() {
		ApiCaller.Reply created = create("audited", 5, true);
		String token = created.json().get("token").asString();
		assertThat(api.delete("/api/v1/auth/tokens/" + created.json().get("id").asLong()).status()).isEqualTo(204);
		var entries = jdbc.sql("select action, coalesce(before_json::text, '') || coalesce(after_json::text, '') from audit.entry where target_id = ? order by id")
				.param(owner.username()).query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).list();
		assertThat(entries).anyMatch(e -> e.startsWith("user.token.created") && e.contains("audited"));
		assertThat(entries).anyMatch(e -> e.startsWith("user.token.revoked"));
		assertThat(String.join("\n", entries)).doesNotContain(token);
	}

	@Test
	void aRevokedTokenIsRefusedAsRevoked() {
		ApiCaller.Reply created = create("to revoke", 30, false);
		ApiCaller withToken = ApiCaller.withToken(port, created.json().get("token").asString());
		assertThat(withToken.get("/api/v1/auth/whoami").status()).isEqualTo(200);

		assertThat(api.delete("/api/v1/auth/tokens/" + created.json().get("id").asLong()).status()).isEqualTo(204);

		ApiCaller.Reply refused = withToken.get("/api/v1/auth/whoami");
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.json().get("detail").asString()).contains("revoked");
		assertThat(refused.json().get("reason").asString()).isEqualTo("REVOKED");
		assertThat(api.get("/api/v1/auth/tokens").json().get(0).get("status").asString()).isEqualTo("REVOKED");
	}

	@Test
	void anExpiredTokenIsRefusedAsExpired() {
		ApiCaller.Reply created = create("short lived", 1, false);
		jdbc.sql("update identity.api_token set expires_at = now() - interval '1 minute' where id = ?")
				.param(created.json().get("id").asLong()).update();
		ApiCaller.Reply refused = ApiCaller.withToken(port, created.json().get("token").asString()).get("/api/v1/auth/whoami");
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.json().get("detail").asString()).contains("expired");
		assertThat(refused.json().get("reason").asString()).isEqualTo("EXPIRED");
		assertThat(api.get("/api/v1/auth/tokens").json().get(0).get("status").asString()).isEqualTo("EXPIRED");
	}

	@Test
	void aReadOnlyTokenMayReadButNotWrite() {
		ApiCaller readOnly = ApiCaller.withToken(port, create("reader", 30, true).json().get("token").asString());
		assertThat(readOnly.get("/api/v1/auth/tokens").status()).isEqualTo(200);
		ApiCaller.Reply post = readOnly.post("/api/v1/auth/tokens", Map.of("name", "sneaky", "validDays", 1));
		assertThat(post.status()).isEqualTo(403);
		assertThat(post.json().get("reason").asString()).isEqualTo("READ_ONLY_TOKEN");
		assertThat(readOnly.put("/api/v1/auth/tokens", Map.of()).status()).isEqualTo(403);
		assertThat(readOnly.delete("/api/v1/auth/tokens/1").status()).isEqualTo(403);
		assertThat(api.get("/api/v1/auth/tokens").json().size()).isEqualTo(1);
	}

	@Test
	void someoneElsesTokenCannotBeRevoked() {
		long othersToken = create("mine", 30, false).json().get("id").asLong();
		AccountView other = fixtures.hqAccount("tok-other", Role.L1_AGENT);
		ApiCaller otherApi = ApiCaller.as(port, other.username(), IdentityFixtures.PASSWORD);
		assertThat(otherApi.delete("/api/v1/auth/tokens/" + othersToken).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/auth/tokens").json().get(0).get("status").asString()).isEqualTo("ACTIVE");
	}

	@Test
	void badInputIsRefusedNamingTheFieldNeverWithA500() {
		ApiCaller.Reply longName = create("x".repeat(100_000), 30, false);
		assertThat(longName.status()).isEqualTo(400);
		assertThat(longName.body()).contains("\"field\":\"name\"");

		for (Object days : new Object[] { 0, 366, -5, Long.MAX_VALUE }) {
			ApiCaller.Reply reply = create("days", days, false);
			assertThat(reply.status()).as("validDays %s", days).isEqualTo(400);
			assertThat(reply.body()).contains("validDays");
		}
		ApiCaller.Reply notANumber = api.postRaw("/api/v1/auth/tokens", "application/json",
				"{\"name\":\"x\",\"validDays\":\"soon\"}");
		assertThat(notANumber.status()).isEqualTo(400);
		assertThat(notANumber.body()).contains("validDays");
		assertThat(api.postRaw("/api/v1/auth/tokens", "application/json", "{").status()).isEqualTo(400);
		assertThat(api.postRaw("/api/v1/auth/tokens", "application/json", "").status()).isEqualTo(400);
		assertThat(api.post("/api/v1/auth/tokens", Map.of("validDays", 3)).body()).contains("\"field\":\"name\"");

		ApiCaller.Reply badId = api.delete("/api/v1/auth/tokens/abc");
		assertThat(badId.status()).isEqualTo(400);
		assertThat(api.delete("/api/v1/auth/tokens/99999999999999999999999").status()).isEqualTo(400);
		assertThat(api.delete("/api/v1/auth/tokens/424242424").status()).isEqualTo(404);
		assertThat(ApiCaller.withToken(port, "x".repeat(4_000)).get("/api/v1/auth/whoami").status()).isEqualTo(401);
	}
}
