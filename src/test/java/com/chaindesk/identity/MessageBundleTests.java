package com.chaindesk.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Identity's words exist in all three languages: a key missing in one shows up as a raw key on someone's screen. */
class MessageBundleTests {

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundleTests.class.getResourceAsStream("/i18n/identity/" + name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void simplifiedTraditionalAndEnglishHaveTheSameKeysAndNoEmptyText() throws IOException {
		Properties zhCn = load("messages.properties");
		Properties zhTw = load("messages_zh_TW.properties");
		Properties en = load("messages_en.properties");
		Set<String> keys = new TreeSet<>(zhCn.stringPropertyNames());
		assertThat(new TreeSet<>(zhTw.stringPropertyNames())).isEqualTo(keys);
		assertThat(new TreeSet<>(en.stringPropertyNames())).isEqualTo(keys);
		for (Properties bundle : new Properties[] { zhCn, zhTw, en }) {
			bundle.forEach((key, text) -> assertThat(text.toString()).as(key.toString()).isNotBlank());
		}
	}

	@Test
	void traditionalChineseIsNotSimplified() throws IOException {
		Properties zhTw = load("messages_zh_TW.properties");
		// Characters that exist only in simplified form; finding one means a line was copied without converting.
		String simplifiedOnly = "码号户启证设复权时启间这们删门区员务项经";
		zhTw.forEach((key, text) -> {
			for (char c : simplifiedOnly.toCharArray()) {
				assertThat(text.toString()).as("%s in zh-TW", key).doesNotContain(String.valueOf(c));
			}
		});
	}
}
