package com.chaindesk.assist.chat;

import com.chaindesk.config.SettingDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the chatbot's settings into the config catalog. */
@Configuration(proxyBeanMethods = false)
class ChatSettingBeans {

	@Bean
	static SettingDefinition<Double> confidenceThresholdSetting() {
		return ChatSettings.CONFIDENCE_THRESHOLD;
	}
}
