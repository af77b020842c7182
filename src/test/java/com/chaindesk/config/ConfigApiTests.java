package com.chaindesk.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.chaindesk.ApiCaller;
import com.chaindesk.ChainDeskTest;
import com.chaindesk.audit.AuditEntry;
import com.chaindesk.audit.AuditFilter;
import com.chaindesk.audit.AuditQueries;
import com.chaindesk.identity.UserAccounts;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@ChainDeskTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfigApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	UserAccounts accounts;

	@Autowired
	AuditQueries audit;

	@Autowired
	Settings settings;

	ConfigFixture fixture;
	ConfigFixture.Chain chain;
	ApiCaller admin;

	@BeforeAll
	void chain() {
		fixture = new ConfigFixture(jdbc, transaction, accounts);
		chain = fixture.create();
		admin = ApiCaller.as(port, "admin");
	}

	@Test
	void effectiveListingNamesEveryKeyWithItsSourceAndLowestLevel() {
		ApiCaller.Reply reply = admin.get("/api/v1/config/effective?store=" + chain.storeA2());
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		Map<String, JsonNode> byKey = byKey(reply.json());
		assertThat(byKey).containsOnlyKeys("store.opening-hours-template", "locale.default", "security.second-factor",
				"ticket.categories", "brand.theme", "store.greeting", "sla.holiday-calendar", "sla.policies",
				"ticket.custom-fields", "ticket.custom-fields.regional", "ticket.auto-close-days",
				"sla.vendor-contracts", "sla.breach-actions", "knowledge.synonyms", "assist.confidence-threshold");
		assertThat(byKey.values()).allSatisfy(e -> assertThat(e.get("source").asString()).isEqualTo("HQ"));
		assertThat(byKey.get("locale.default").get("value").asString()).isEqualTo("zh-CN");
		assertThat(byKey.get("locale.default").get("lowestOverride").asString()).isEqualTo("STORE");
		assertThat(byKey.get("brand.theme").get("lowestOverride").asString()).isEqualTo("REGION");
		assertThat(byKey.get("ticket.categories").get("value").size()).isEqualTo(8);
		assertThat(byKey.get("store.greeting").get("label").asString()).isEqualTo("门店欢迎语");

		ApiCaller.Reply definitions = admin.get("/api/v1/config/definitions");
		assertThat(definitions.status()).isEqualTo(200);
		assertThat(definitions.json().size()).isEqualTo(byKey.size());
		assertThat(definitions.body()).contains("\"key\":\"security.second-factor\"", "\"type\":\"role-list\"");
	}

	@Test
	void aRegionOverrideReachesItsStoresOnly() {
		ApiCaller.Reply put = admin.put("/api/v1/config/brand.theme?scope=region:" + chain.regionA(),
				Map.of("value", Map.of("logoUrl", "/brand/east.svg", "primaryColor", "#AA3300")));
		assertThat(put.status()).as(put.body()).isEqualTo(200);
		assertThat(put.json().get("source").asString()).isEqualTo("REGION");
		assertThat(put.json().get("definedAt").asString()).isEqualTo("region:" + chain.regionA());

		JsonNode inStore = byKey(admin.get("/api/v1/config/effective?store=" + chain.storeA1()).json()).get("brand.theme");
		assertThat(inStore.get("source").asString()).isEqualTo("REGION");
		assertThat(inStore.get("value").get("primaryColor").asString()).isEqualTo("#AA3300");
		JsonNode elsewhere = byKey(admin.get("/api/v1/config/effective?store=" + chain.storeB1()).json()).get("brand.theme");
		assertThat(elsewhere.get("source").asString()).isEqualTo("HQ");
		assertThat(elsewhere.get("value").get("primaryColor").asString()).isNotEqualTo("#AA3300");

		JsonNode region = byKey(admin.get("/api/v1/config/effective?region=" + chain.regionA()).json()).get("brand.theme");
		assertThat(region.get("value").get("primaryColor").asString()).isEqualTo("#AA3300");
		assertThat(settings.brandTheme(chain.scopeA1()).primaryColor()).isEqualTo("#AA3300");
	}

	@Test
	void aStoreManagerOverridesTheGreetingButNotTheTheme() {
		ApiCaller manager = ApiCaller.as(port, chain.storeManagerA1());
		ApiCaller.Reply put = manager.put("/api/v1/config/store.greeting?scope=store:" + chain.storeA1(),
				Map.of("value", Map.of("zh-CN", "早上好，徐汇店！", "en", "Morning, Xuhui!")));
		assertThat(put.status()).as(put.body()).isEqualTo(200);
		assertThat(put.json().get("source").asString()).isEqualTo("STORE");

		JsonNode greeting = byKey(manager.get("/api/v1/config/effective?store=" + chain.storeA1()).json()).get("store.greeting");
		assertThat(greeting.get("source").asString()).isEqualTo("STORE");
		assertThat(greeting.get("value").get("zh-CN").asString()).isEqualTo("早上好，徐汇店！");
		JsonNode sister = byKey(admin.get("/api/v1/config/effective?store=" + chain.storeA2()).json()).get("store.greeting");
		assertThat(sister.get("source").asString()).isEqualTo("HQ");

		ApiCaller.Reply theme = manager.put("/api/v1/config/brand.theme?scope=store:" + chain.storeA1(),
				Map.of("value", Map.of("primaryColor", "#000000")));
		assertThat(theme.status()).as(theme.body()).isEqualTo(403);
		assertThat(theme.json().get("lowestOverride").asString()).isEqualTo("REGION");

		ApiCaller.Reply region = manager.put("/api/v1/config/store.greeting?scope=region:" + chain.regionA(),
				Map.of("value", Map.of("zh-CN", "越权")));
		assertThat(region.status()).isEqualTo(403);
	}

	@Test
	void anHqLockBlocksARegionWriteAndSilencesExistingOverrides() {
		ApiCaller regionManager = ApiCaller.as(port, chain.regionManagerA());
		ApiCaller.Reply before = regionManager.put("/api/v1/config/locale.default?scope=region:" + chain.regionA(),
				Map.of("value", "zh-TW"));
		assertThat(before.status()).as(before.body()).isEqualTo(200);
		try {
			ApiCaller.Reply lock = admin.put("/api/v1/config/locale.default/lock?scope=hq", Map.of());
			assertThat(lock.status()).as(lock.body()).isEqualTo(200);
			assertThat(lock.json().get("lowestOverride").asString()).isEqualTo("HQ");

			ApiCaller.Reply refused = regionManager.put("/api/v1/config/locale.default?scope=region:" + chain.regionA(),
					Map.of("value", "en"));
			assertThat(refused.status()).isEqualTo(403);
			assertThat(refused.json().get("lockedBy").asString()).isEqualTo("hq");
			assertThat(refused.json().get("lowestOverride").asString()).isEqualTo("HQ");
			assertThat(refused.json().get("detail").asString()).contains("HQ locked it");

			JsonNode locale = byKey(regionManager.get("/api/v1/config/effective?store=" + chain.storeA2()).json())
					.get("locale.default");
			assertThat(locale.get("source").asString()).isEqualTo("HQ");
			assertThat(locale.get("lockedBy").asString()).isEqualTo("hq");
		}
		finally {
			assertThat(admin.delete("/api/v1/config/locale.default/lock?scope=hq").status()).isEqualTo(200);
		}
		JsonNode unlocked = byKey(regionManager.get("/api/v1/config/effective?store=" + chain.storeA2()).json())
				.get("locale.default");
		assertThat(unlocked.get("source").asString()).isEqualTo("REGION");
		assertThat(unlocked.get("value").asString()).isEqualTo("zh-TW");
	}

	@Test
	void aRegionManagerLocksAStoreLevelSettingForTheirStores() {
		long store = fixture.storeIn(chain.regionB());
		ApiCaller regionManager = ApiCaller.as(port, chain.regionManagerB());
		assertThat(admin.put("/api/v1/config/store.greeting?scope=store:" + store, Map.of("value", Map.of("zh-CN", "本店自定"))).status())
				.isEqualTo(200);
		assertThat(regionManager.put("/api/v1/config/store.greeting/lock?scope=region:" + chain.regionB(), Map.of()).status())
				.isEqualTo(200);
		JsonNode greeting = byKey(regionManager.get("/api/v1/config/effective?store=" + store).json()).get("store.greeting");
		assertThat(greeting.get("source").asString()).isEqualTo("HQ");
		assertThat(greeting.get("lowestOverride").asString()).isEqualTo("REGION");
		assertThat(greeting.get("lockedBy").asString()).isEqualTo("region:" + chain.regionB());

		assertThat(regionManager.put("/api/v1/config/store.greeting/lock?scope=region:" + chain.regionA(), Map.of()).status())
				.isEqualTo(403);
		ApiCaller.Reply pointless = regionManager.put("/api/v1/config/brand.theme/lock?scope=region:" + chain.regionB(), Map.of());
		assertThat(pointless.status()).isEqualTo(422);
		assertThat(pointless.body()).contains("\"field\":\"scope\"");
	}

	@Test
	void aWrongColourIsNamedField() {
		ApiCaller.Reply reply = admin.put("/api/v1/config/brand.theme?scope=region:" + chain.regionA(),
				Map.of("value", Map.of("logoUrl", "/logo.svg", "primaryColor", "blue")));
		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.contentType()).contains("application/problem+json");
		assertThat(reply.body()).contains("\"field\":\"value.primaryColor\"");

		ApiCaller.Reply missing = admin.put("/api/v1/config/brand.theme?scope=hq", Map.of("version", 0));
		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.body()).contains("\"field\":\"value\"");
	}

	@Test
	void unknownKeysAndBadScopesAreNamed() {
		assertThat(admin.put("/api/v1/config/no.such-setting?scope=hq", Map.of("value", 1)).status()).isEqualTo(404);

		ApiCaller.Reply shop = admin.put("/api/v1/config/locale.default?scope=shop:1", Map.of("value", "en"));
		assertThat(shop.status()).isEqualTo(400);
		assertThat(shop.body()).contains("\"field\":\"scope\"");
		ApiCaller.Reply none = admin.put("/api/v1/config/locale.default", Map.of("value", "en"));
		assertThat(none.status()).isEqualTo(400);
		assertThat(none.body()).contains("\"field\":\"scope\"");
		assertThat(admin.put("/api/v1/config/locale.default?scope=store:999999999", Map.of("value", "en")).status())
				.isEqualTo(404);

		ApiCaller.Reply store = admin.get("/api/v1/config/effective?store=abc");
		assertThat(store.status()).isEqualTo(400);
		assertThat(store.body()).contains("\"field\":\"store\"");
		assertThat(admin.get("/api/v1/config/effective?store=").status()).isEqualTo(400);
		assertThat(admin.get("/api/v1/config/effective?store=999999999").status()).isEqualTo(404);
	}

	@Test
	void anotherRegionsStoreIsNeitherShownNorChanged() {
		ApiCaller regionManager = ApiCaller.as(port, chain.regionManagerA());
		ApiCaller.Reply read = regionManager.get("/api/v1/config/effective?store=" + chain.storeB1());
		assertThat(read.status()).isIn(403, 404);
		assertThat(read.body()).doesNotContain("brand.theme", "primaryColor");
		ApiCaller.Reply write = regionManager.put("/api/v1/config/store.greeting?scope=store:" + chain.storeB1(),
				Map.of("value", Map.of("zh-CN", "越界")));
		assertThat(write.status()).isIn(403, 404);

		ApiCaller manager = ApiCaller.as(port, chain.storeManagerA1());
		assertThat(manager.get("/api/v1/config/effective?store=" + chain.storeA2()).status()).isIn(403, 404);
		assertThat(manager.get("/api/v1/config/effective?region=" + chain.regionA()).status()).isIn(403, 404);
	}

	@Test
	void resetReturnsToTheInheritedValue() {
		String scope = "store:" + chain.storeA2();
		ApiCaller.Reply set = admin.put("/api/v1/config/store.opening-hours-template?scope=region:" + chain.regionA(),
				Map.of("value", Map.of("MON", List.of("08:00-20:00"))));
		assertThat(set.status()).as(set.body()).isEqualTo(200);
		assertThat(admin.put("/api/v1/config/locale.default?scope=" + scope, Map.of("value", "en")).json().get("source").asString())
				.isEqualTo("STORE");

		ApiCaller.Reply reset = admin.delete("/api/v1/config/locale.default?scope=" + scope);
		assertThat(reset.status()).isEqualTo(200);
		assertThat(reset.json().get("source").asString()).isIn("HQ", "REGION");
		assertThat(reset.json().get("definedAt").asString()).isNotEqualTo(scope);
		assertThat(admin.delete("/api/v1/config/locale.default?scope=" + scope).status()).isEqualTo(200);

		ApiCaller.Reply hours = admin.delete("/api/v1/config/store.opening-hours-template?scope=region:" + chain.regionA());
		assertThat(hours.json().get("source").asString()).isEqualTo("HQ");
	}

	@Test
	void everyChangeIsAuditedWithBeforeAndAfter() {
		long region = fixture.lonelyRegion();
		long store = fixture.storeIn(region);
		String scope = "store:" + store;
		assertThat(admin.put("/api/v1/config/store.greeting?scope=" + scope, Map.of("value", Map.of("zh-CN", "第一版"))).status()).isEqualTo(200);
		assertThat(admin.put("/api/v1/config/store.greeting?scope=" + scope, Map.of("value", Map.of("zh-CN", "第二版"))).status()).isEqualTo(200);
		assertThat(admin.delete("/api/v1/config/store.greeting?scope=" + scope).status()).isEqualTo(200);
		assertThat(admin.put("/api/v1/config/store.greeting/lock?scope=region:" + region, Map.of()).status()).isEqualTo(200);
		assertThat(admin.delete("/api/v1/config/store.greeting/lock?scope=region:" + region).status()).isEqualTo(200);

		List<AuditEntry> forStore = audit.search(OrgScope.hq(), new AuditFilter("admin", "config.", "setting", "store.greeting", null, null), 0, 200)
				.content().stream().filter(e -> e.scope().equals(scope)).toList().reversed();
		assertThat(forStore).extracting(AuditEntry::action).containsExactly("config.set", "config.set", "config.reset");
		assertThat(forStore.get(0).before()).isNull();
		assertThat(forStore.get(1).before()).contains("第一版");
		assertThat(forStore.get(1).after()).contains("第二版", "\"version\":2");
		assertThat(forStore.get(2).after()).isNull();

		List<String> regionActions = new ArrayList<>(audit.search(OrgScope.region(region), AuditFilter.none(), 0, 50).content()
				.stream().map(AuditEntry::action).toList()).reversed();
		assertThat(regionActions).containsExactly("config.set", "config.set", "config.reset", "config.locked", "config.unlocked");
		assertThat(audit.verify().intact()).isTrue();
	}

	@Test
	void aStaleVersionIsAConflict() {
		long store = fixture.storeIn(chain.regionA());
		String path = "/api/v1/config/locale.default?scope=store:" + store;
		ApiCaller.Reply first = admin.put(path, Map.of("value", "en", "version", 0));
		assertThat(first.status()).as(first.body()).isEqualTo(200);
		assertThat(first.json().get("version").asLong()).isEqualTo(1);
		ApiCaller.Reply stale = admin.put(path, Map.of("value", "zh-TW", "version", 0));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.body()).contains("\"field\":\"version\"");
		assertThat(admin.put(path, Map.of("value", "zh-TW", "version", 1)).status()).isEqualTo(200);
		assertThat(admin.delete(path + "&version=1").status()).isEqualTo(409);
		assertThat(admin.delete(path + "&version=2").status()).isEqualTo(200);
	}

	@Test
	void secondFactorRolesFollowTheScope() {
		long region = fixture.lonelyRegion();
		long store = fixture.storeIn(region);
		ApiCaller.Reply set = admin.put("/api/v1/config/security.second-factor?scope=region:" + region,
				Map.of("value", List.of("STORE_MANAGER", "REGION_MANAGER")));
		assertThat(set.status()).as(set.body()).isEqualTo(200);
		assertThat(settings.secondFactorRoles(OrgScope.store(store, region))).isEqualTo(Set.of(Role.STORE_MANAGER, Role.REGION_MANAGER));
		assertThat(settings.secondFactorRoles(OrgScope.region(region))).contains(Role.REGION_MANAGER);
		assertThat(settings.secondFactorRoles(OrgScope.hq())).doesNotContain(Role.STORE_MANAGER);
		assertThat(settings.secondFactorRoles(OrgScope.vendor(1))).isEqualTo(settings.secondFactorRoles(OrgScope.hq()));
		ApiCaller.Reply storeLevel = admin.put("/api/v1/config/security.second-factor?scope=store:" + store,
				Map.of("value", List.of()));
		assertThat(storeLevel.status()).isEqualTo(403);
		ApiCaller.Reply unknownRole = admin.put("/api/v1/config/security.second-factor?scope=region:" + region,
				Map.of("value", List.of("BOSS")));
		assertThat(unknownRole.status()).isEqualTo(422);
		assertThat(unknownRole.body()).contains("\"field\":\"value[0]\"");
	}

	private static Map<String, JsonNode> byKey(JsonNode list) {
		Map<String, JsonNode> byKey = new java.util.LinkedHashMap<>();
		list.forEach(e -> byKey.put(e.get("key").asString(), e));
		return byKey;
	}
}
