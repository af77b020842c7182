package com.chaindesk.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.chaindesk.platform.FieldProblem;
import com.chaindesk.platform.InvalidInput;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A setting as declared in code: its key, the type of its value (read and written as JSON), the default, the rules
 * a value must keep and the lowest level that may override HQ's value. Any module declares its settings as beans of
 * this type; the {@link SettingsCatalog} collects them.
 *
 * @param <T> the value's Java type
 */
public final class SettingDefinition<T> {

	private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

	/** Strict on purpose: a misspelt field is named back to the person rather than silently dropped. */
	private static final JsonMapper JSON = JsonMapper.builder()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.build();

	/** Settings are read on every request; a value this big is a mistake, not a setting. */
	static final int MAX_JSON_LENGTH = 64 * 1024;

	/** Typed values kept per definition; more means the nodes behind many of them have been forgotten. */
	private static final int MAX_REMEMBERED = 512;

	private final String key;
	private final String typeName;
	private final TypeReference<T> type;
	private final T defaultValue;
	private final Function<T, List<FieldProblem>> rules;
	private final SettingLevel lowestOverride;
	private final ValueEditor editor;
	private final ObjectReader reader;
	private final JsonNode defaultJson;
	private final Map<Read, T> typed = new ConcurrentHashMap<>();

	private SettingDefinition(Builder<T> builder) {
		this.key = builder.key;
		this.typeName = Objects.requireNonNull(builder.typeName, "typeName");
		this.type = builder.type;
		this.defaultValue = Objects.requireNonNull(builder.defaultValue, "defaultValue");
		this.rules = builder.rules;
		this.lowestOverride = Objects.requireNonNull(builder.lowestOverride, "lowestOverride");
		this.editor = builder.editor;
		this.reader = JSON.readerFor(type);
		this.defaultJson = JSON.valueToTree(defaultValue);
		List<FieldProblem> problems = rules.apply(read(defaultJson));
		if (!problems.isEmpty()) {
			throw new IllegalStateException("The default of " + key + " breaks its own rules: " + problems);
		}
	}

	public static <T> Builder<T> builder(String key, String typeName, TypeReference<T> type) {
		return new Builder<>(key, typeName, type);
	}

	public String key() {
		return key;
	}

	/** A short name of the value's shape for people and API clients, e.g. {@code weekly-hours}, {@code locale}. */
	public String typeName() {
		return typeName;
	}

	public T defaultValue() {
		return defaultValue;
	}

	public JsonNode defaultJson() {
		return defaultJson;
	}

	/** The lowest level that may override HQ's value, before any lock. */
	public SettingLevel lowestOverride() {
		return lowestOverride;
	}

	public ValueEditor editor() {
		return editor;
	}

	public String labelKey() {
		return "setting." + key + ".label";
	}

	public String descriptionKey() {
		return "setting." + key + ".description";
	}

	/**
	 * Reads and checks a value a person sent. Every problem names its field below {@code value}, e.g.
	 * {@code value.primaryColor} or {@code value[2].children[0].code}.
	 *
	 * @throws InvalidInput when the value has the wrong shape or breaks a rule
	 */
	public T accept(JsonNode value) {
		if (value == null || value.isNull() || value.isMissingNode()) {
			throw new InvalidInput("value", "required");
		}
		T typed;
		try {
			typed = read(value);
		}
		catch (JacksonException e) {
			throw new InvalidInput(path(e), shapeProblem(e));
		}
		List<FieldProblem> problems = rules.apply(typed).stream()
				.map(p -> new FieldProblem(p.field() == null || p.field().isEmpty() ? "value"
						: p.field().startsWith("[") ? "value" + p.field() : "value." + p.field(), p.message()))
				.toList();
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return typed;
	}

	/** The value as it will be stored: accepted, then written back, so every stored value has one shape. */
	public JsonNode normalise(JsonNode value) {
		JsonNode normalised = write(accept(value));
		if (JSON.writeValueAsString(normalised).length() > MAX_JSON_LENGTH) {
			throw new InvalidInput("value", "too large: at most " + MAX_JSON_LENGTH / 1024 + " KB of JSON");
		}
		return normalised;
	}

	/** Whether a stored value still fits this definition (a rule may have tightened since it was saved). */
	public boolean fits(JsonNode value) {
		try {
			accept(value);
			return true;
		}
		catch (InvalidInput e) {
			return false;
		}
	}

	/**
	 * The typed form of a value that has already been accepted. Settings are read many times per request (opening a
	 * ticket reads nine) from the same remembered JSON until a setting changes, and turning JSON into objects cost more
	 * than the rest of a look-up: so the typed form is kept by the JSON node's identity and handed out again. Callers
	 * must treat it as read-only, as they would a setting.
	 */
	public T read(JsonNode value) {
		Read key = new Read(value);
		T known = typed.get(key);
		if (known != null) {
			return known;
		}
		T fresh = reader.readValue(value);
		if (fresh != null) {
			if (typed.size() >= MAX_REMEMBERED) { // nodes of values read and forgotten since: start afresh
				typed.clear();
			}
			typed.put(key, fresh);
		}
		return fresh;
	}

	/** A JSON node by identity: equal nodes read from different rows are different reads, and cheap to tell apart. */
	private record Read(JsonNode node) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Read read && read.node == node;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(node);
		}
	}

	/** The JSON form of a value. */
	public JsonNode write(T value) {
		return JSON.valueToTree(value);
	}

	private static String path(JacksonException e) {
		StringBuilder out = new StringBuilder("value");
		for (JacksonException.Reference reference : e.getPath()) {
			if (reference.getPropertyName() != null) {
				out.append('.').append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				out.append('[').append(reference.getIndex()).append(']');
			}
		}
		return out.toString();
	}

	private static String shapeProblem(JacksonException e) {
		if (e instanceof UnrecognizedPropertyException unknown) {
			return "unknown field; expected one of " + unknown.getKnownPropertyIds();
		}
		if (e instanceof InvalidFormatException format && format.getTargetType() != null
				&& format.getTargetType().isEnum()) {
			List<String> names = new ArrayList<>();
			for (Object constant : format.getTargetType().getEnumConstants()) {
				names.add(((Enum<?>) constant).name());
			}
			return "not one of " + names;
		}
		return "wrong type or format";
	}

	@Override
	public String toString() {
		return "SettingDefinition[" + key + "]";
	}

	public static final class Builder<T> {

		private final String key;
		private final String typeName;
		private final TypeReference<T> type;
		private T defaultValue;
		private Function<T, List<FieldProblem>> rules = value -> List.of();
		private SettingLevel lowestOverride = SettingLevel.HQ;
		private ValueEditor editor = ValueEditor.JSON;

		private Builder(String key, String typeName, TypeReference<T> type) {
			if (key == null || !KEY.matcher(key).matches() || key.length() > 100) {
				throw new IllegalArgumentException("A setting key is dotted lower case, e.g. store.opening-hours: " + key);
			}
			this.key = key;
			this.typeName = typeName;
			this.type = Objects.requireNonNull(type, "type");
		}

		public Builder<T> defaultValue(T value) {
			this.defaultValue = value;
			return this;
		}

		/** The rules a value must keep; each problem names its field relative to the value ("primaryColor"). */
		public Builder<T> rules(Function<T, List<FieldProblem>> rules) {
			this.rules = Objects.requireNonNull(rules, "rules");
			return this;
		}

		public Builder<T> lowestOverride(SettingLevel level) {
			this.lowestOverride = level;
			return this;
		}

		public Builder<T> editor(ValueEditor editor) {
			this.editor = Objects.requireNonNull(editor, "editor");
			return this;
		}

		public SettingDefinition<T> build() {
			return new SettingDefinition<>(this);
		}
	}
}
