package com.chaindesk.config;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The three languages stay complete: every key in zh-CN exists in zh-TW and English, and every setting has a label. */
class ConfigMessagesTests {

	@Test
	void everySettingAndReasonHasText() throws IOException {
		Properties zhCn = load("messages.properties");
		for (SettingDefinition<?> definition : StandardSettings.ALL) {
			assertThat(zhCn).containsKeys(definition.labelKey(), definition.descriptionKey());
		}
		for (SettingAtScope.Blocked blocked : SettingAtScope.Blocked.values()) {
			assertThat(zhCn).containsKey(blocked.messageKey());
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (var in = ConfigMessagesTests.class.getResourceAsStream("/i18n/config/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
