package com.chaindesk.config;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.chaindesk.platform.OrgScope;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The resolution rules on their own: store over region over HQ over the default, and locks. */
class SettingResolverTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final SettingDefinition<String> GREETING = text("test.greeting", SettingLevel.STORE);
	private static final SettingDefinition<String> HOURS = text("test.hours", SettingLevel.REGION);
	private static final SettingDefinition<String> POLICY = text("test.policy", SettingLevel.HQ);

	private static final OrgScope STORE = OrgScope.store(12, 3);
	private static final OrgScope OTHER_STORE = OrgScope.store(13, 3);
	private static final OrgScope REGION = OrgScope.region(3);

	private final List<StoredSettings.Value> values = new ArrayList<>();
	private final List<StoredSettings.Lock> locks = new ArrayList<>();

	@Test
	void withNothingStoredTheDefaultHoldsAndCountsAsHq() {
		EffectiveSetting effective = resolve(GREETING, STORE);
		assertThat(effective.value().asString()).isEqualTo("default");
		assertThat(effective.source()).isEqualTo(SettingLevel.HQ);
		assertThat(effective.definedAt()).isEqualTo("default");
		assertThat(effective.lowestOverride()).isEqualTo(SettingLevel.STORE);
	}

	@Test
	void storeOverRegionOverHq() {
		set(GREETING, "hq", "from hq");
		assertThat(resolve(GREETING, STORE).source()).isEqualTo(SettingLevel.HQ);
		assertThat(resolve(GREETING, STORE).value().asString()).isEqualTo("from hq");

		set(GREETING, "region:3", "from region");
		assertThat(resolve(GREETING, STORE).value().asString()).isEqualTo("from region");
		assertThat(resolve(GREETING, STORE).source()).isEqualTo(SettingLevel.REGION);
		assertThat(resolve(GREETING, STORE).definedAt()).isEqualTo("region:3");

		set(GREETING, "store:12", "from store");
		assertThat(resolve(GREETING, STORE).value().asString()).isEqualTo("from store");
		assertThat(resolve(GREETING, STORE).source()).isEqualTo(SettingLevel.STORE);
		assertThat(resolve(GREETING, OTHER_STORE).value().asString()).isEqualTo("from region");
		assertThat(resolve(GREETING, REGION).value().asString()).isEqualTo("from region");
		assertThat(resolve(GREETING, OrgScope.hq()).value().asString()).isEqualTo("from hq");
	}

	@Test
	void anotherRegionsValueDoesNotReachThisStore() {
		set(GREETING, "region:4", "elsewhere");
		set(GREETING, "store:99", "other store");
		assertThat(resolve(GREETING, STORE).value().asString()).isEqualTo("default");
	}

	@Test
	void theDefinitionsLowestLevelIsRespected() {
		set(HOURS, "store:12", "store hours");
		set(HOURS, "region:3", "region hours");
		EffectiveSetting hours = resolve(HOURS, STORE);
		assertThat(hours.value().asString()).isEqualTo("region hours");
		assertThat(hours.lowestOverride()).isEqualTo(SettingLevel.REGION);
		assertThat(hours.lockedBy()).isNull();

		set(POLICY, "region:3", "region policy");
		set(POLICY, "hq", "hq policy");
		assertThat(resolve(POLICY, STORE).value().asString()).isEqualTo("hq policy");
		assertThat(resolve(POLICY, STORE).lowestOverride()).isEqualTo(SettingLevel.HQ);
	}

	@Test
	void anHqLockSilencesRegionAndStoreOverridesButKeepsThem() {
		set(GREETING, "hq", "standard");
		set(GREETING, "region:3", "regional");
		set(GREETING, "store:12", "local");
		lock(GREETING, "hq");

		SettingResolver.Resolution resolution = SettingResolver.resolve(GREETING, STORE, stored());
		assertThat(resolution.effective().value().asString()).isEqualTo("standard");
		assertThat(resolution.effective().source()).isEqualTo(SettingLevel.HQ);
		assertThat(resolution.effective().lowestOverride()).isEqualTo(SettingLevel.HQ);
		assertThat(resolution.effective().lockedBy()).isEqualTo("hq");
		assertThat(resolution.inactive()).extracting(StoredSettings.Value::scope).containsExactlyInAnyOrder("store:12", "region:3");
	}

	@Test
	void aRegionLockBindsItsStoresOnly() {
		set(GREETING, "region:3", "regional");
		set(GREETING, "store:12", "local");
		lock(GREETING, "region:3");

		EffectiveSetting effective = resolve(GREETING, STORE);
		assertThat(effective.value().asString()).isEqualTo("regional");
		assertThat(effective.lowestOverride()).isEqualTo(SettingLevel.REGION);
		assertThat(effective.lockedBy()).isEqualTo("region:3");
		assertThat(resolve(GREETING, REGION).value().asString()).isEqualTo("regional");

		set(GREETING, "store:40", "other region's store");
		assertThat(resolve(GREETING, OrgScope.store(40, 4)).value().asString()).isEqualTo("other region's store");
		assertThat(resolve(GREETING, OrgScope.store(40, 4)).lowestOverride()).isEqualTo(SettingLevel.STORE);
	}

	@Test
	void aLockThatAddsNothingIsNotReportedAsTheReason() {
		lock(POLICY, "hq");
		lock(HOURS, "region:3");
		assertThat(resolve(POLICY, STORE).lockedBy()).isNull();
		assertThat(resolve(HOURS, STORE).lockedBy()).isNull();
		assertThat(resolve(HOURS, STORE).lowestOverride()).isEqualTo(SettingLevel.REGION);
	}

	@Test
	void aStoredValueThatNoLongerFitsTheRulesIsSkipped() {
		set(GREETING, "hq", "standard");
		set(GREETING, "store:12", "x".repeat(50));
		assertThat(resolve(GREETING, STORE).value().asString()).isEqualTo("standard");
	}

	@Test
	void vendorsReadHqValues() {
		set(GREETING, "hq", "standard");
		set(GREETING, "region:3", "regional");
		assertThat(resolve(GREETING, Settings.placement(OrgScope.vendor(7))).value().asString()).isEqualTo("standard");
	}

	private static SettingDefinition<String> text(String key, SettingLevel lowest) {
		return SettingDefinition.builder(key, "text", new TypeReference<String>() {
		}).defaultValue("default").lowestOverride(lowest)
				.rules(v -> v.length() > 20 ? List.of(new com.chaindesk.platform.FieldProblem("", "too long")) : List.of())
				.build();
	}

	private void set(SettingDefinition<?> definition, String scope, String value) {
		JsonNode node = JSON.valueToTree(value);
		values.add(new StoredSettings.Value(definition.key(), scope, node, 1, "tester", Instant.now()));
	}

	private void lock(SettingDefinition<?> definition, String scope) {
		locks.add(new StoredSettings.Lock(definition.key(), scope, "tester", Instant.now()));
	}

	private StoredSettings stored() {
		return new StoredSettings(values, locks);
	}

	private EffectiveSetting resolve(SettingDefinition<?> definition, OrgScope target) {
		return SettingResolver.resolve(definition, target, stored()).effective();
	}
}
