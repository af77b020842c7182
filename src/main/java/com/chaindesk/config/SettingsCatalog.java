package com.chaindesk.config;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Every setting any module declared, by key, in the order they were declared (config's own first). */
@Component
public class SettingsCatalog {

	private final Map<String, SettingDefinition<?>> byKey = new LinkedHashMap<>();

	public SettingsCatalog(List<SettingDefinition<?>> definitions) {
		List<SettingDefinition<?>> ordered = new java.util.ArrayList<>(definitions);
		ordered.sort(java.util.Comparator.comparingInt((SettingDefinition<?> d) -> {
			int standard = StandardSettings.ALL.indexOf(d);
			return standard < 0 ? Integer.MAX_VALUE : standard;
		}).thenComparing(SettingDefinition::key));
		for (SettingDefinition<?> definition : ordered) {
			if (byKey.putIfAbsent(definition.key(), definition) != null) {
				throw new IllegalStateException("Two settings are declared with the key " + definition.key());
			}
		}
	}

	public Optional<SettingDefinition<?>> find(String key) {
		return Optional.ofNullable(byKey.get(key));
	}

	public Collection<SettingDefinition<?>> all() {
		return byKey.values();
	}
}
