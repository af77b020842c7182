package com.chaindesk.config;

import java.util.List;
import java.util.Map;

import com.chaindesk.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the config module's own settings into the catalog, the same way any other module declares its settings. */
@Configuration(proxyBeanMethods = false)
class StandardSettingBeans {

	@Bean
	static SettingDefinition<Map<String, List<String>>> openingHoursTemplateSetting() {
		return StandardSettings.OPENING_HOURS_TEMPLATE;
	}

	@Bean
	static SettingDefinition<String> defaultLocaleSetting() {
		return StandardSettings.DEFAULT_LOCALE;
	}

	@Bean
	static SettingDefinition<List<Role>> secondFactorSetting() {
		return StandardSettings.SECOND_FACTOR;
	}

	@Bean
	static SettingDefinition<List<TicketCategory>> ticketCategoriesSetting() {
		return StandardSettings.TICKET_CATEGORIES;
	}

	@Bean
	static SettingDefinition<BrandTheme> brandThemeSetting() {
		return StandardSettings.BRAND_THEME;
	}

	@Bean
	static SettingDefinition<Map<String, String>> storeGreetingSetting() {
		return StandardSettings.STORE_GREETING;
	}
}
