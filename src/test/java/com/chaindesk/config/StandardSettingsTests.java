package com.chaindesk.config;

import java.util.List;

import com.chaindesk.platform.FieldProblem;
import com.chaindesk.platform.InvalidInput;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of the first six settings, as a person sending a wrong value meets them. */
class StandardSettingsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void defaultsKeepTheirOwnRulesAndTheCategoryTreeIsTheChains() {
		assertThat(StandardSettings.ALL).hasSize(6);
		assertThat(StandardSettings.TICKET_CATEGORIES.defaultValue()).extracting(TicketCategory::code)
				.containsExactly("pos", "network", "printer", "store-app", "membership", "esl", "cctv", "equipment");
		assertThat(StandardSettings.TICKET_CATEGORIES.defaultValue())
				.allSatisfy(c -> assertThat(c.children()).hasSizeBetween(2, 4));
		assertThat(StandardSettings.SECOND_FACTOR.defaultValue()).isEmpty();
		assertThat(StandardSettings.DEFAULT_LOCALE.defaultValue()).isEqualTo("zh-CN");
	}

	@Test
	void openingHoursAcceptPastMidnightAndAllDayButNotNonsense() {
		assertThat(fields(StandardSettings.OPENING_HOURS_TEMPLATE,
				"{\"MON\":[\"00:00-24:00\"],\"FRI\":[\"10:00-14:00\",\"18:00-02:00\"],\"SUN\":[]}")).isEmpty();
		assertThat(fields(StandardSettings.OPENING_HOURS_TEMPLATE, "{\"MON\":[\"9-21\"]}")).containsExactly("value.MON[0]");
		assertThat(fields(StandardSettings.OPENING_HOURS_TEMPLATE, "{\"MON\":[\"24:00-24:30\"]}")).containsExactly("value.MON[0]");
		assertThat(fields(StandardSettings.OPENING_HOURS_TEMPLATE, "{\"XYZ\":[\"09:00-10:00\"]}")).containsExactly("value.XYZ");
		assertThat(fields(StandardSettings.OPENING_HOURS_TEMPLATE, "{\"TUE\":[\"09:00-12:00\",\"11:00-13:00\"]}"))
				.containsExactly("value.TUE[1]");
	}

	@Test
	void brandColourAndLogoAreNamedWhenWrong() {
		assertThat(fields(StandardSettings.BRAND_THEME, "{\"logoUrl\":\"/logo.svg\",\"primaryColor\":\"#12AB9f\"}")).isEmpty();
		assertThat(fields(StandardSettings.BRAND_THEME, "{\"logoUrl\":\"javascript:alert(1)\",\"primaryColor\":\"red\"}"))
				.containsExactlyInAnyOrder("value.primaryColor", "value.logoUrl");
		assertThat(fields(StandardSettings.BRAND_THEME, "{\"primaryColour\":\"#123456\"}")).containsExactly("value.primaryColour");
	}

	@Test
	void categoriesNeedUniqueCodesAndAChineseName() {
		String tree = """
				[{"code":"pos","name":{"zh-CN":"收银"},"children":[{"code":"pos","name":{"en":"dup"}}]},
				 {"code":"Bad Code","name":{"zh-CN":"坏"}}]
				""";
		assertThat(fields(StandardSettings.TICKET_CATEGORIES, tree)).containsExactlyInAnyOrder(
				"value[0].children[0].code", "value[0].children[0].name.zh-CN", "value[1].code");
	}

	@Test
	void secondFactorRolesAreRoleNames() {
		assertThat(fields(StandardSettings.SECOND_FACTOR, "[\"HQ_ADMIN\",\"REGION_MANAGER\"]")).isEmpty();
		assertThat(fields(StandardSettings.SECOND_FACTOR, "[\"HQ_ADMIN\",\"BOSS\"]")).containsExactly("value[1]");
		assertThat(fields(StandardSettings.DEFAULT_LOCALE, "\"fr\"")).containsExactly("value");
		assertThat(fields(StandardSettings.STORE_GREETING, "{\"en\":\"" + "x".repeat(201) + "\"}")).containsExactly("value.en");
	}

	private static List<String> fields(SettingDefinition<?> definition, String json) {
		try {
			definition.accept(JSON.readTree(json));
			return List.of();
		}
		catch (InvalidInput e) {
			return e.problems().stream().map(FieldProblem::field).toList();
		}
	}

	@Test
	void anOversizedValueIsRefused() {
		String huge = "{\"en\":\"" + "x".repeat(150) + "\"}";
		StringBuilder tree = new StringBuilder("[");
		for (int i = 0; i < 2000; i++) {
			tree.append(i == 0 ? "" : ",").append("{\"code\":\"c-").append(i).append("\",\"name\":{\"zh-CN\":\"").append("类".repeat(30)).append("\"}}");
		}
		assertThat(fields(StandardSettings.STORE_GREETING, huge)).isEmpty();
		assertThatThrownBy(() -> StandardSettings.TICKET_CATEGORIES.normalise(JSON.readTree(tree.append("]").toString())))
				.isInstanceOf(InvalidInput.class).hasMessageContaining("too large");
	}

	@Test
	void aMissingValueIsNamed() {
		assertThatThrownBy(() -> StandardSettings.BRAND_THEME.accept(null)).isInstanceOf(InvalidInput.class)
				.hasMessageContaining("value");
	}
}
