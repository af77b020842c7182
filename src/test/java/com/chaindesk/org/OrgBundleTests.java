package com.chaindesk.org;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The organisation speaks zh-CN, zh-TW and English with the same keys, and has a text for every rule. */
class OrgBundleTests {

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = OrgBundleTests.class.getResourceAsStream("/i18n/org/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void everyRuleHasAText() throws IOException {
		Properties cn = load("messages.properties");
		assertThat(Arrays.stream(Rule.values()).map(Rule::messageKey)).allMatch(cn::containsKey);
	}
}
