package com.chaindesk.ticket;

import java.util.List;

import com.chaindesk.config.SettingDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the ticket module's settings into the config catalog. */
@Configuration(proxyBeanMethods = false)
class TicketSettingBeans {

	@Bean
	static SettingDefinition<List<CustomField>> customFieldsSetting() {
		return TicketSettings.CUSTOM_FIELDS;
	}

	@Bean
	static SettingDefinition<List<CustomField>> regionalCustomFieldsSetting() {
		return TicketSettings.REGIONAL_CUSTOM_FIELDS;
	}

	@Bean
	static SettingDefinition<Integer> autoCloseDaysSetting() {
		return TicketSettings.AUTO_CLOSE_DAYS;
	}
}
