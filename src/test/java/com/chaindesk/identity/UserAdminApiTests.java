package com.chaindesk.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.chaindesk.ApiCaller;
import com.chaindesk.ChainDeskTest;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@ChainDeskTest
class UserAdminApiTests {

	private static final String USERS = "/api/v1/identity/users";

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	private IdentityFixtures fixtures;
	private ApiCaller hq;
	private long east;
	private long eastStore;
	private long west;
	private long westStore;

	@BeforeEach
	void chain() {
		fixtures = new IdentityFixtures(accounts, transaction, jdbc);
		hq = ApiCaller.as(port, "admin");
		east = fixtures.region("华东测试区");
		eastStore = fixtures.store(east, "南京路测试店");
		west = fixtures.region("西南测试区");
		westStore = fixtures.store(west, "春熙路测试店");
	}

	private static Map<String, Object> newUser(String username, List<String> roles, Map<String, Object> scope) {
		Map<String, Object> body = new HashMap<>();
		body.put("username", username);
		body.put("displayName", "测试 " + username);
		body.put("password", IdentityFixtures.PASSWORD);
		body.put("roles", roles);
		body.put("scope", scope);
		return body;
	}

	private Map<String, Object> store(long storeId) {
		return Map.of("level", "STORE", "storeId", storeId);
	}

	@Test
	void anHqAdminOpensAStoreAccountThatCanSignIn() {
		String username = IdentityFixtures.unique("staff");
		ApiCaller.Reply opened = hq.post(USERS, newUser(username, List.of("STORE_STAFF"), store(eastStore)));
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		assertThat(opened.json().get("scope").get("regionId").asLong()).isEqualTo(east);
		assertThat(opened.json().get("scope").get("name").asString()).contains("南京路测试店");

		ApiCaller.Reply found = hq.get(USERS + "?q=" + username);
		assertThat(found.json().get("total").asLong()).isEqualTo(1);
		assertThat(found.json().get("items").get(0).get("roles").get(0).asString()).isEqualTo("STORE_STAFF");

		ApiCaller staff = ApiCaller.as(port, username, IdentityFixtures.PASSWORD);
		assertThat(staff.get("/api/v1/auth/whoami").json().get("scope").get("storeId").asLong()).isEqualTo(eastStore);
		assertThat(staff.get(USERS).status()).isEqualTo(403);

		Long audited = jdbc.sql("select count(*) from audit.entry where action = 'user.opened' and target_id = ? and actor = 'admin'")
				.param(username).query(Long.class).single();
		assertThat(audited).isEqualTo(1);
	}

	@Test
	void aTakenUsernameIsAConflictNamingTheField() {
		AccountView existing = fixtures.hqAccount("dup", Role.L1_AGENT);
		ApiCaller.Reply reply = hq.post(USERS, newUser(existing.username(), List.of("L1_AGENT"), Map.of("level", "HQ")));
		assertThat(reply.status()).isEqualTo(409);
		assertThat(reply.body()).contains("\"field\":\"username\"");
	}

	@Test
	void aRoleThatDoesNotFitTheScopeIsRefused() {
		ApiCaller.Reply staffAtHq = hq.post(USERS, newUser(IdentityFixtures.unique("misfit"), List.of("STORE_STAFF"),
				Map.of("level", "HQ")));
		assertThat(staffAtHq.status()).isEqualTo(422);
		assertThat(staffAtHq.body()).contains("\"field\":\"roles\"");

		ApiCaller.Reply adminAtStore = hq.post(USERS, newUser(IdentityFixtures.unique("misfit"), List.of("HQ_ADMIN"),
				store(eastStore)));
		assertThat(adminAtStore.status()).isEqualTo(422);

		ApiCaller.Reply noStore = hq.post(USERS, newUser(IdentityFixtures.unique("misfit"), List.of("STORE_STAFF"),
				Map.of("level", "STORE")));
		assertThat(noStore.status()).isEqualTo(422);
		assertThat(noStore.body()).contains("\"field\":\"scope.storeId\"");

		ApiCaller.Reply unknownStore = hq.post(USERS, newUser(IdentityFixtures.unique("misfit"), List.of("STORE_STAFF"),
				store(987_654_321L)));
		assertThat(unknownStore.status()).isEqualTo(422);
	}

	@Test
	void badInputIsNamedAndNeverA500() {
		Map<String, Object> noFields = Map.of("scope", Map.of("level", "HQ"));
		ApiCaller.Reply missing = hq.post(USERS, noFields);
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.body()).contains("username", "displayName", "password", "roles");

		ApiCaller.Reply badRole = hq.post(USERS, newUser(IdentityFixtures.unique("bad"), List.of("KING"), Map.of("level", "HQ")));
		assertThat(badRole.status()).isEqualTo(400);
		assertThat(badRole.body()).contains("roles");

		ApiCaller.Reply badLevel = hq.post(USERS, newUser(IdentityFixtures.unique("bad"), List.of("L1_AGENT"), Map.of("level", "MOON")));
		assertThat(badLevel.status()).isEqualTo(400);
		assertThat(badLevel.body()).contains("scope.level");

		ApiCaller.Reply badName = hq.post(USERS, newUser("no spaces allowed", List.of("L1_AGENT"), Map.of("level", "HQ")));
		assertThat(badName.status()).isEqualTo(422);
		assertThat(badName.body()).contains("\"field\":\"username\"");

		Map<String, Object> hugeName = newUser(IdentityFixtures.unique("bad"), List.of("L1_AGENT"), Map.of("level", "HQ"));
		hugeName.put("displayName", "名".repeat(50_000));
		assertThat(hq.post(USERS, hugeName).status()).isEqualTo(400);

		assertThat(hq.post(USERS + "/abc/disable", Map.of()).status()).isEqualTo(400);
		assertThat(hq.post(USERS + "/1e99/unlock", Map.of()).status()).isEqualTo(400);
		assertThat(hq.post(USERS + "/424242424/enable", Map.of()).status()).isEqualTo(404);
		assertThat(hq.get(USERS + "?page=-1").status()).isEqualTo(400);
		assertThat(hq.get(USERS + "?size=100000").status()).isEqualTo(400);
		assertThat(hq.get(USERS + "?size=abc").status()).isEqualTo(400);
		assertThat(hq.get(USERS + "?role=KING").status()).isEqualTo(400);
		assertThat(hq.get(USERS + "?q=" + "x".repeat(500)).status()).isEqualTo(400);
		assertThat(hq.get(USERS + "?q=%25_%5C").status()).isEqualTo(200);
	}

	@Test
	void aRegionManagerManagesOnlyStoreAccountsOfTheirRegion() {
		AccountView manager = fixtures.account("rm", Set.of(Role.REGION_MANAGER), OrgScope.region(east));
		AccountView eastStaff = fixtures.account("east-staff", Set.of(Role.STORE_STAFF), OrgScope.store(eastStore, east));
		AccountView westStaff = fixtures.account("west-staff", Set.of(Role.STORE_STAFF), OrgScope.store(westStore, west));
		AccountView eastTrainer = fixtures.account("east-trainer", Set.of(Role.TRAINER), OrgScope.store(eastStore, east));
		ApiCaller rm = ApiCaller.as(port, manager.username(), IdentityFixtures.PASSWORD);

		JsonNode listed = rm.get(USERS + "?size=100").json().get("items");
		List<String> names = new java.util.ArrayList<>();
		listed.forEach(item -> names.add(item.get("username").asString()));
		assertThat(names).contains(eastStaff.username()).doesNotContain(westStaff.username(), eastTrainer.username(),
				manager.username(), "admin");

		assertThat(rm.post(USERS, newUser(IdentityFixtures.unique("new-east"), List.of("STORE_MANAGER"), store(eastStore)))
				.status()).isEqualTo(201);
		assertThat(rm.post(USERS, newUser(IdentityFixtures.unique("new-west"), List.of("STORE_STAFF"), store(westStore)))
				.status()).isEqualTo(403);
		assertThat(rm.post(USERS, newUser(IdentityFixtures.unique("new-agent"), List.of("L1_AGENT"), store(eastStore)))
				.status()).isEqualTo(403);
		assertThat(rm.post(USERS, newUser(IdentityFixtures.unique("new-hq"), List.of("L1_AGENT"), Map.of("level", "HQ")))
				.status()).isEqualTo(403);

		assertThat(rm.get(USERS + "/" + westStaff.id()).status()).isEqualTo(404);
		assertThat(rm.post(USERS + "/" + westStaff.id() + "/disable", Map.of()).status()).isEqualTo(404);
		assertThat(rm.post(USERS + "/" + eastTrainer.id() + "/disable", Map.of()).status()).isEqualTo(404);
		assertThat(accounts.find(westStaff.id()).orElseThrow().enabled()).isTrue();
		ApiCaller.Reply disabled = rm.post(USERS + "/" + eastStaff.id() + "/disable", Map.of());
		assertThat(disabled.status()).isEqualTo(200);
		assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
	}

	@Test
	void aDisabledAccountCannotSignInNorUseItsTokens() {
		AccountView person = fixtures.hqAccount("off", Role.L1_AGENT);
		ApiCaller own = ApiCaller.as(port, person.username(), IdentityFixtures.PASSWORD);
		String token = own.post("/api/v1/auth/tokens", Map.of("name", "job", "validDays", 10)).json().get("token").asString();

		assertThat(hq.post(USERS + "/" + person.id() + "/disable", Map.of()).status()).isEqualTo(200);
		assertThat(hq.post(USERS + "/" + person.id() + "/disable", Map.of()).status()).isEqualTo(409);

		ApiCaller.Reply signIn = ApiCaller.anonymous(port).post("/api/v1/auth/token", fixtures.loginBody(person));
		assertThat(signIn.status()).isEqualTo(401);
		assertThat(signIn.json().get("reason").asString()).isEqualTo("DISABLED");
		ApiCaller.Reply withToken = ApiCaller.withToken(port, token).get("/api/v1/auth/whoami");
		assertThat(withToken.status()).isEqualTo(401);
		assertThat(withToken.json().get("reason").asString()).isEqualTo("ACCOUNT_DISABLED");

		assertThat(hq.post(USERS + "/" + person.id() + "/enable", Map.of()).status()).isEqualTo(200);
		assertThat(ApiCaller.withToken(port, token).get("/api/v1/auth/whoami").status()).isEqualTo(200);
		assertThat(jdbc.sql("select count(*) from audit.entry where target_id = ? and action in ('user.disabled', 'user.enabled')")
				.param(person.username()).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void anAdministratorCannotDisableThemself() {
		long adminId = accounts.findByUsername("admin").orElseThrow().id();
		ApiCaller.Reply reply = hq.post(USERS + "/" + adminId + "/disable", Map.of());
		assertThat(reply.status()).isEqualTo(409);
		assertThat(accounts.findByUsername("admin").orElseThrow().enabled()).isTrue();
	}

	@Test
	void aLockedAccountCanBeUnlocked() {
		AccountView person = fixtures.hqAccount("locked", Role.ENGINEER);
		assertThat(hq.post(USERS + "/" + person.id() + "/unlock", Map.of()).status()).isEqualTo(409);
		for (int i = 0; i < 5; i++) {
			ApiCaller.anonymous(port).post("/api/v1/auth/token", Map.of("username", person.username(), "password", "wrong-" + i));
		}
		assertThat(ApiCaller.anonymous(port).post("/api/v1/auth/token", fixtures.loginBody(person)).json().get("reason")
				.asString()).isEqualTo("LOCKED");
		ApiCaller.Reply found = hq.get(USERS + "?q=" + person.username());
		assertThat(found.json().get("items").get(0).get("locked").asBoolean()).isTrue();

		assertThat(hq.post(USERS + "/" + person.id() + "/unlock", Map.of()).status()).isEqualTo(200);
		assertThat(ApiCaller.anonymous(port).post("/api/v1/auth/token", fixtures.loginBody(person)).status()).isEqualTo(200);
	}

	@Test
	void aLostPhoneIsHandledByResettingTheSecondFactor() {
		AccountView person = fixtures.hqAccount("lost-phone", Role.ENGINEER);
		jdbc.sql("update identity.user_account set totp_secret = 'JBSWY3DPEHPK3PXP', totp_enabled = true where id = ?")
				.param(person.id()).update();
		assertThat(ApiCaller.anonymous(port).post("/api/v1/auth/token", fixtures.loginBody(person)).json().get("reason")
				.asString()).isEqualTo("CODE_REQUIRED");

		ApiCaller.Reply reset = hq.post(USERS + "/" + person.id() + "/reset-second-factor", Map.of());
		assertThat(reset.status()).isEqualTo(200);
		assertThat(reset.json().get("secondFactor").asBoolean()).isFalse();
		assertThat(ApiCaller.anonymous(port).post("/api/v1/auth/token", fixtures.loginBody(person)).status()).isEqualTo(200);
		assertThat(hq.post(USERS + "/" + person.id() + "/reset-second-factor", Map.of()).status()).isEqualTo(409);
	}
}
