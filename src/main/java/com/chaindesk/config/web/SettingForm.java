package com.chaindesk.config.web;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.chaindesk.config.BrandTheme;
import com.chaindesk.config.LocalizedText;
import com.chaindesk.config.SettingDefinition;
import com.chaindesk.platform.FieldProblem;
import com.chaindesk.platform.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.util.MultiValueMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Between a setting's edit form and its JSON value: which form fields each editor has, how they become a value,
 * and how a refused value's problems land on those fields in the reader's language.
 */
final class SettingForm {

	private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final JsonMapper json;
	private final MessageSource messages;

	SettingForm(JsonMapper json, MessageSource messages) {
		this.json = json;
		this.messages = messages;
	}

	/** The value a submitted form stands for. */
	JsonNode value(SettingDefinition<?> definition, MultiValueMap<String, String> form) {
		return switch (definition.editor()) {
			case LOCALE -> json.getNodeFactory().stringNode(first(form, "value"));
			case ROLES -> {
				ArrayNode roles = json.createArrayNode();
				List<String> ticked = form.get("roles");
				if (ticked != null) {
					ticked.forEach(roles::add);
				}
				yield roles;
			}
			case THEME -> {
				ObjectNode theme = json.createObjectNode();
				theme.put("logoUrl", first(form, "logoUrl").trim());
				theme.put("primaryColor", first(form, "primaryColor").trim());
				yield theme;
			}
			case LOCALIZED_TEXT -> {
				ObjectNode text = json.createObjectNode();
				for (String language : LocalizedText.LANGUAGES) {
					String given = first(form, language).trim();
					if (!given.isEmpty()) {
						text.put(language, given);
					}
				}
				yield text;
			}
			case JSON -> {
				try {
					yield json.readTree(first(form, "json"));
				}
				catch (JacksonException e) {
					throw new InvalidInput("json", "not valid JSON: " + e.getOriginalMessage());
				}
			}
		};
	}

	/** The form fields for a value, to show it in the edit form. */
	Map<String, String> fields(SettingDefinition<?> definition, Object typed, JsonNode value) {
		Map<String, String> fields = new LinkedHashMap<>();
		switch (definition.editor()) {
			case LOCALE -> fields.put("value", value.asString());
			case THEME -> {
				BrandTheme theme = (BrandTheme) typed;
				fields.put("logoUrl", theme.logoUrl() == null ? "" : theme.logoUrl());
				fields.put("primaryColor", theme.primaryColor());
			}
			case LOCALIZED_TEXT -> LocalizedText.LANGUAGES.forEach(language -> fields.put(language,
					value.has(language) ? value.get(language).asString() : ""));
			case JSON -> fields.put("json", PRETTY.writeValueAsString(value));
			case ROLES -> {
			}
		}
		return fields;
	}

	/** The form fields as sent, to show them again next to what was wrong. */
	Map<String, String> sent(SettingDefinition<?> definition, MultiValueMap<String, String> form) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (String name : List.of("value", "logoUrl", "primaryColor", "json", "zh-CN", "zh-TW", "en")) {
			fields.put(name, first(form, name));
		}
		return fields;
	}

	Set<String> checked(List<String> roles) {
		return roles == null ? Set.of() : new LinkedHashSet<>(roles);
	}

	/** The problems of a refused value, by the form field they belong to, in the reader's language. */
	Map<String, String> errors(SettingDefinition<?> definition, InvalidInput refused, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldProblem problem : refused.problems()) {
			String field = problem.field() == null ? "" : problem.field();
			switch (definition.editor()) {
				case THEME -> {
					String name = field.startsWith("value.") ? field.substring(6) : "primaryColor";
					errors.putIfAbsent(name, text(name.equals("logoUrl") ? "config.error.logo" : "config.error.color", locale));
				}
				case LOCALIZED_TEXT -> {
					String name = field.startsWith("value.") ? field.substring(6) : "";
					errors.putIfAbsent(LocalizedText.LANGUAGES.contains(name) ? name : "",
							LocalizedText.LANGUAGES.contains(name) ? text("config.error.greeting", locale) : problem.message());
				}
				case LOCALE, ROLES -> errors.putIfAbsent("", text("config.error.choice", locale));
				case JSON -> errors.merge("json", field.equals("json") ? problem.message() : field + ": " + problem.message(),
						(a, b) -> a + "\n" + b);
			}
		}
		return errors;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private static String first(MultiValueMap<String, String> form, String name) {
		String value = form.getFirst(name);
		return value == null ? "" : value;
	}
}
