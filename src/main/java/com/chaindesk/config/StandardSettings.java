package com.chaindesk.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.chaindesk.platform.FieldProblem;
import com.chaindesk.platform.Role;
import tools.jackson.core.type.TypeReference;

/**
 * The settings the config module declares itself; other modules read them through {@link Settings} with these
 * constants. {@code StandardSettingBeans} puts them into the catalog.
 */
public final class StandardSettings {

	public static final SettingDefinition<Map<String, List<String>>> OPENING_HOURS_TEMPLATE = SettingDefinition
			.builder("store.opening-hours-template", "weekly-hours", new TypeReference<Map<String, List<String>>>() {
			})
			.defaultValue(WeeklyHours.mallHours())
			.rules(WeeklyHours::problems)
			.lowestOverride(SettingLevel.REGION)
			.build();

	public static final SettingDefinition<String> DEFAULT_LOCALE = SettingDefinition
			.builder("locale.default", "locale", new TypeReference<String>() {
			})
			.defaultValue("zh-CN")
			.rules(tag -> LocalizedText.LANGUAGES.contains(tag) ? List.of()
					: List.of(new FieldProblem("", "one of " + LocalizedText.LANGUAGES)))
			.lowestOverride(SettingLevel.STORE)
			.editor(ValueEditor.LOCALE)
			.build();

	public static final SettingDefinition<List<Role>> SECOND_FACTOR = SettingDefinition
			.builder("security.second-factor", "role-list", new TypeReference<List<Role>>() {
			})
			.defaultValue(List.of())
			.rules(StandardSettings::distinctRoles)
			.lowestOverride(SettingLevel.REGION)
			.editor(ValueEditor.ROLES)
			.build();

	public static final SettingDefinition<List<TicketCategory>> TICKET_CATEGORIES = SettingDefinition
			.builder("ticket.categories", "category-tree", new TypeReference<List<TicketCategory>>() {
			})
			.defaultValue(ChainCategories.DEFAULT)
			.rules(TicketCategory::problems)
			.lowestOverride(SettingLevel.REGION)
			.build();

	public static final SettingDefinition<BrandTheme> BRAND_THEME = SettingDefinition
			.builder("brand.theme", "theme", new TypeReference<BrandTheme>() {
			})
			.defaultValue(new BrandTheme("", "#1677FF"))
			.rules(BrandTheme::problems)
			.lowestOverride(SettingLevel.REGION)
			.editor(ValueEditor.THEME)
			.build();

	public static final SettingDefinition<Map<String, String>> STORE_GREETING = SettingDefinition
			.builder("store.greeting", "localized-text", new TypeReference<Map<String, String>>() {
			})
			.defaultValue(greeting())
			.rules(text -> LocalizedText.problems(text, "", 200, false))
			.lowestOverride(SettingLevel.STORE)
			.editor(ValueEditor.LOCALIZED_TEXT)
			.build();

	public static final List<SettingDefinition<?>> ALL = List.of(OPENING_HOURS_TEMPLATE, DEFAULT_LOCALE, SECOND_FACTOR,
			TICKET_CATEGORIES, BRAND_THEME, STORE_GREETING);

	private StandardSettings() {
	}

	private static List<FieldProblem> distinctRoles(List<Role> roles) {
		List<FieldProblem> problems = new ArrayList<>();
		var seen = new HashSet<Role>();
		for (int i = 0; i < roles.size(); i++) {
			if (roles.get(i) == null) {
				problems.add(new FieldProblem("[" + i + "]", "required"));
			}
			else if (!seen.add(roles.get(i))) {
				problems.add(new FieldProblem("[" + i + "]", "named twice: " + roles.get(i)));
			}
		}
		return problems;
	}

	private static Map<String, String> greeting() {
		Map<String, String> text = new LinkedHashMap<>();
		text.put("zh-CN", "欢迎使用门店服务台，遇到问题随时报修。");
		text.put("zh-TW", "歡迎使用門市服務台，遇到問題隨時報修。");
		text.put("en", "Welcome to the store service desk: report any problem, any time.");
		return text;
	}
}
