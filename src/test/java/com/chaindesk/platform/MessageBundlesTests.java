package com.chaindesk.platform;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a person reads exists in simplified Chinese, traditional Chinese and English, and every message key a
 * page names exists.
 */
class MessageBundlesTests {

	private static final Path I18N = Path.of("src/main/resources/i18n");
	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	@Test
	void everyBundleHasTheSameKeysInAllThreeLanguages() throws IOException {
		List<Path> modules;
		try (Stream<Path> dirs = Files.list(I18N)) {
			modules = dirs.filter(Files::isDirectory).toList();
		}
		assertThat(modules).isNotEmpty();
		for (Path module : modules) {
			Properties simplified = load(module.resolve("messages.properties"));
			Properties traditional = load(module.resolve("messages_zh_TW.properties"));
			Properties english = load(module.resolve("messages_en.properties"));
			assertThat(traditional.stringPropertyNames()).as("zh-TW keys of %s", module)
					.containsExactlyInAnyOrderElementsOf(simplified.stringPropertyNames());
			assertThat(english.stringPropertyNames()).as("en keys of %s", module)
					.containsExactlyInAnyOrderElementsOf(simplified.stringPropertyNames());
			for (Properties bundle : List.of(simplified, traditional, english)) {
				bundle.forEach((key, value) -> assertThat(value.toString()).as("%s in %s", key, module).isNotBlank());
			}
		}
	}

	@Test
	void traditionalChineseWasConvertedNotCopied() throws IOException {
		// Characters that exist only in simplified form: finding one in zh-TW means a line was copied unconverted.
		String simplifiedOnly = "码号户启证设复权时间这们删门区员务项经认说让应录页调";
		try (Stream<Path> files = Files.walk(I18N)) {
			for (Path file : files.filter(f -> f.getFileName().toString().equals("messages_zh_TW.properties")).toList()) {
				load(file).forEach((key, text) -> {
					for (char c : simplifiedOnly.toCharArray()) {
						assertThat(text.toString()).as("%s in %s", key, file).doesNotContain(String.valueOf(c));
					}
				});
			}
		}
	}

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Set<String> known = new HashSet<>();
		try (Stream<Path> files = Files.walk(I18N)) {
			for (Path file : files.filter(f -> f.getFileName().toString().equals("messages.properties")).toList()) {
				known.addAll(load(file).stringPropertyNames());
			}
		}
		Pattern literalKey = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.-]*)[}(]");
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path template : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				Matcher matcher = literalKey.matcher(Files.readString(template));
				while (matcher.find()) {
					if (!known.contains(matcher.group(1))) {
						missing.add(matcher.group(1) + " in " + TEMPLATES.relativize(template));
					}
				}
			}
		}
		assertThat(missing).as("message keys used by templates but missing from the bundles").isEmpty();
	}

	private static Properties load(Path file) throws IOException {
		assertThat(file).exists();
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
