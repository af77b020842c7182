package com.chaindesk.sla;

import java.util.List;

import com.chaindesk.config.SettingDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the SLA module's settings into the config catalog. */
@Configuration(proxyBeanMethods = false)
class SlaSettingBeans {

	@Bean
	static SettingDefinition<String> holidayCalendarSetting() {
		return SlaSettings.HOLIDAY_CALENDAR;
	}

	@Bean
	static SettingDefinition<List<SlaRule>> policiesSetting() {
		return SlaSettings.POLICIES;
	}

	@Bean
	static SettingDefinition<List<VendorSlaTerm>> vendorContractsSetting() {
		return SlaSettings.VENDOR_CONTRACTS;
	}

	@Bean
	static SettingDefinition<BreachActions> breachActionsSetting() {
		return SlaSettings.BREACH_ACTIONS;
	}
}
