package com.chaindesk.config.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.chaindesk.config.EffectiveSetting;
import com.chaindesk.config.SettingChanges;
import com.chaindesk.config.SettingDefinition;
import com.chaindesk.config.SettingLevel;
import com.chaindesk.config.SettingLocked;
import com.chaindesk.config.SettingScopes;
import com.chaindesk.config.Settings;
import com.chaindesk.config.SettingsCatalog;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.OrgScope;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Settings over JSON: effective values for a store, a region or HQ; set, reset, lock and unlock at a scope
 * ({@code hq}, {@code region:{id}}, {@code store:{id}}); the definitions.
 */
@RestController
@RequestMapping("/api/v1/config")
class ConfigApi {

	private final Settings settings;
	private final SettingChanges changes;
	private final SettingScopes scopes;
	private final SettingsCatalog catalog;
	private final MessageSource messages;

	ConfigApi(Settings settings, SettingChanges changes, SettingScopes scopes, SettingsCatalog catalog,
			MessageSource messages) {
		this.settings = settings;
		this.changes = changes;
		this.scopes = scopes;
		this.catalog = catalog;
		this.messages = messages;
	}

	/** A setting's value where it applies, as the API shows it. */
	record Entry(String key, String label, JsonNode value, SettingLevel source, SettingLevel lowestOverride,
			String definedAt, String lockedBy, Long version) {
	}

	record Definition(String key, String type, String label, String description, JsonNode defaultValue,
			SettingLevel lowestOverride) {
	}

	/** The body of a PUT: the new value, and optionally the version last seen (0 when there was no override). */
	record NewValue(JsonNode value, Long version) {
	}

	@GetMapping("/effective")
	List<Entry> effective(@RequestParam(required = false) String store, @RequestParam(required = false) String region,
			Locale locale) {
		if (store != null && region != null) {
			throw new BadParameter("store", "give either store or region, not both");
		}
		OrgScope target = store != null ? scopes.store(id("store", store))
				: region != null ? scopes.region(id("region", region)) : OrgScope.hq();
		return settings.effectiveAt(target, CurrentActor.get()).stream().map(e -> entry(e, locale)).toList();
	}

	@GetMapping("/definitions")
	List<Definition> definitions(Locale locale) {
		return catalog.all().stream()
				.map(d -> new Definition(d.key(), d.typeName(), label(d, locale),
						messages.getMessage(d.descriptionKey(), null, "", locale), d.defaultJson(), d.lowestOverride()))
				.toList();
	}

	@PutMapping("/{key}")
	Entry set(@PathVariable String key, @RequestParam(required = false) String scope, @RequestBody NewValue body,
			Locale locale) {
		return entry(changes.set(key, scope(scope), body.value(), body.version()), locale);
	}

	@DeleteMapping("/{key}")
	Entry reset(@PathVariable String key, @RequestParam(required = false) String scope,
			@RequestParam(required = false) Long version, Locale locale) {
		return entry(changes.reset(key, scope(scope), version), locale);
	}

	@PutMapping("/{key}/lock")
	Entry lock(@PathVariable String key, @RequestParam(required = false) String scope, Locale locale) {
		return entry(changes.lock(key, scope(scope)), locale);
	}

	@DeleteMapping("/{key}/lock")
	Entry unlock(@PathVariable String key, @RequestParam(required = false) String scope, Locale locale) {
		return entry(changes.unlock(key, scope(scope)), locale);
	}

	@ExceptionHandler(BadParameter.class)
	ProblemDetail badParameter(BadParameter e) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid parameter", e.getMessage(), e.field, e.problem);
	}

	@ExceptionHandler(SettingScopes.Malformed.class)
	ProblemDetail malformedScope(SettingScopes.Malformed e) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid parameter", e.getMessage(), "scope", "hq, region:{id} or store:{id}");
	}

	/** 403, saying the lowest level allowed and who locked it, so the client can tell the person where to ask. */
	@ExceptionHandler(SettingLocked.class)
	ProblemDetail locked(SettingLocked e) {
		ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "Setting locked", e.getMessage(), "scope",
				"lowest level allowed: " + e.lowestOverride());
		problem.setProperty("lowestOverride", e.lowestOverride().name());
		if (e.lockedBy() != null) {
			problem.setProperty("lockedBy", e.lockedBy());
		}
		return problem;
	}

	private OrgScope scope(String scope) {
		if (scope == null || scope.isBlank()) {
			throw new BadParameter("scope", "required: hq, region:{id} or store:{id}");
		}
		return scopes.resolve(scope);
	}

	private static long id(String name, String given) {
		try {
			long id = Long.parseLong(given.trim());
			if (id > 0) {
				return id;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		throw new BadParameter(name, "a positive number");
	}

	private Entry entry(EffectiveSetting e, Locale locale) {
		return new Entry(e.key(), catalog.find(e.key()).map(d -> label(d, locale)).orElse(e.key()), e.value(), e.source(),
				e.lowestOverride(), e.definedAt(), e.lockedBy(), e.version());
	}

	private String label(SettingDefinition<?> definition, Locale locale) {
		return messages.getMessage(definition.labelKey(), null, definition.key(), locale);
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail, String field, String message) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("https://chaindesk.dev/problems/" + status.value()));
		problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
		return problem;
	}

	/** A query parameter that is missing or malformed; becomes 400 naming it. */
	static class BadParameter extends RuntimeException {

		final String field;
		final String problem;

		BadParameter(String field, String problem) {
			super("Parameter '" + field + "': " + problem + ".");
			this.field = field;
			this.problem = problem;
		}
	}
}
