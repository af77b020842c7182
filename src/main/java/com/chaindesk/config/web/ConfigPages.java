package com.chaindesk.config.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.chaindesk.config.SettingAtScope;
import com.chaindesk.config.SettingChanges;
import com.chaindesk.config.SettingDefinition;
import com.chaindesk.config.SettingLocked;
import com.chaindesk.config.SettingScopes;
import com.chaindesk.config.Settings;
import com.chaindesk.config.SettingsCatalog;
import com.chaindesk.config.WeeklyHours;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.Conflict;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.InvalidInput;
import com.chaindesk.platform.MenuEntry;
import com.chaindesk.platform.NotFound;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.OutsideScope;
import com.chaindesk.platform.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The settings page: pick a scope, see every setting with where its value comes from, change what may be changed
 * here, reset to the inherited value, lock for the levels below.
 */
@Controller
@RequestMapping("/config")
class ConfigPages {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Settings settings;
	private final SettingChanges changes;
	private final SettingScopes scopes;
	private final SettingsCatalog catalog;
	private final ScopeChoices choices;
	private final SettingForm forms;
	private final MessageSource messages;

	ConfigPages(Settings settings, SettingChanges changes, SettingScopes scopes, SettingsCatalog catalog,
			ScopeChoices choices, JsonMapper json, MessageSource messages) {
		this.settings = settings;
		this.changes = changes;
		this.scopes = scopes;
		this.catalog = catalog;
		this.choices = choices;
		this.forms = new SettingForm(json, messages);
		this.messages = messages;
	}

	@Bean
	static MenuEntry configMenuEntry() {
		return new MenuEntry("/config", "menu.config", "sliders", 30,
				Set.of(Role.HQ_ADMIN, Role.REGION_MANAGER, Role.STORE_MANAGER));
	}

	@GetMapping
	String page(@RequestParam(required = false) String scope, Model model, Locale locale) {
		OrgScope target = target(scope);
		return render(target, model, locale, Map.of());
	}

	@PostMapping("/{key}")
	String set(@PathVariable String key, @RequestParam String scope, @RequestParam MultiValueMap<String, String> form,
			Model model, Locale locale, RedirectAttributes redirect) {
		OrgScope target = target(scope);
		SettingDefinition<?> definition = definition(key);
		try {
			changes.set(key, target, forms.value(definition, form), version(form));
			redirect.addFlashAttribute("done", text("config.done.set", locale, label(definition, locale)));
			return back(target, key);
		}
		catch (InvalidInput refused) {
			return refused(target, definition, model, locale, form, forms.errors(definition, refused, locale),
					text("config.problem.invalid", locale, label(definition, locale)));
		}
		catch (SettingLocked locked) {
			return refused(target, definition, model, locale, form, Map.of(),
					text("config.problem.locked", locale, label(definition, locale)));
		}
		catch (Conflict stale) {
			redirect.addFlashAttribute("problem", text("config.problem.conflict", locale, label(definition, locale)));
			return back(target, key);
		}
	}

	@PostMapping("/{key}/reset")
	String reset(@PathVariable String key, @RequestParam String scope, @RequestParam(required = false) Long version,
			Locale locale, RedirectAttributes redirect) {
		OrgScope target = target(scope);
		SettingDefinition<?> definition = definition(key);
		try {
			changes.reset(key, target, version);
			redirect.addFlashAttribute("done", text("config.done.reset", locale, label(definition, locale)));
		}
		catch (Conflict stale) {
			redirect.addFlashAttribute("problem", text("config.problem.conflict", locale, label(definition, locale)));
		}
		return back(target, key);
	}

	@PostMapping("/{key}/lock")
	String lock(@PathVariable String key, @RequestParam String scope, @RequestParam boolean locked, Locale locale,
			RedirectAttributes redirect) {
		OrgScope target = target(scope);
		SettingDefinition<?> definition = definition(key);
		try {
			if (locked) {
				changes.lock(key, target);
			}
			else {
				changes.unlock(key, target);
			}
			redirect.addFlashAttribute("done",
					text(locked ? "config.done.locked" : "config.done.unlocked", locale, label(definition, locale)));
		}
		catch (InvalidInput pointless) {
			redirect.addFlashAttribute("problem", pointless.problems().getFirst().message());
		}
		return back(target, key);
	}

	private String refused(OrgScope target, SettingDefinition<?> definition, Model model, Locale locale,
			MultiValueMap<String, String> form, Map<String, String> errors, String problem) {
		model.addAttribute("problem", problem);
		model.addAttribute("problemCard", "setting-" + definition.key().replace('.', '-'));
		return render(target, model, locale, Map.of(definition.key(), card -> new SettingCard(card.at(), card.id(),
				card.typed(), card.definedAt(), card.setBy(), forms.sent(definition, form), forms.checked(form.get("roles")),
				errors, problem)));
	}

	private String render(OrgScope target, Model model, Locale locale, Map<String, Function<SettingCard, SettingCard>> refused) {
		Actor actor = CurrentActor.get();
		List<SettingAtScope> board;
		try {
			board = settings.board(target, actor);
		}
		catch (OutsideScope e) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		ZoneId zone = ZoneId.of(choices.timeZone(target));
		List<SettingCard> cards = new ArrayList<>();
		for (SettingAtScope at : board) {
			SettingCard card = card(at, zone, locale);
			cards.add(refused.getOrDefault(at.key(), Function.identity()).apply(card));
		}
		model.addAttribute("target", target);
		model.addAttribute("targetName", choices.name(target.key(), locale));
		model.addAttribute("groups", choices.visibleTo(actor, locale));
		model.addAttribute("cards", cards);
		model.addAttribute("days", WeeklyHours.DAYS);
		model.addAttribute("roles", Role.values());
		model.addAttribute("languages", com.chaindesk.config.LocalizedText.LANGUAGES);
		return "config/settings";
	}

	private SettingCard card(SettingAtScope at, ZoneId zone, Locale locale) {
		SettingDefinition<?> definition = at.definition();
		Object typed = definition.read(at.effective().value());
		String definedAt = at.effective().isDefault() ? text("config.source.default", locale)
				: text("config.source.from", locale, choices.name(at.effective().definedAt(), locale));
		String setBy = at.override() == null ? null
				: text("config.override.by", locale, at.override().updatedBy(), WHEN.format(at.override().updatedAt().atZone(zone)));
		Set<String> checked = new java.util.LinkedHashSet<>();
		if (typed instanceof List<?> list && definition.editor() == com.chaindesk.config.ValueEditor.ROLES) {
			list.forEach(role -> checked.add(String.valueOf(role)));
		}
		return new SettingCard(at, "setting-" + at.key().replace('.', '-'), typed, definedAt, setBy,
				forms.fields(definition, typed, at.effective().value()), checked, Map.of(), null);
	}

	private OrgScope target(String scope) {
		if (scope == null || scope.isBlank()) {
			Actor actor = CurrentActor.get();
			return actor.scope().level() == OrgScope.Level.VENDOR ? OrgScope.hq() : actor.scope();
		}
		try {
			return scopes.resolve(scope);
		}
		catch (SettingScopes.Malformed | NotFound e) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private SettingDefinition<?> definition(String key) {
		return catalog.find(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static Long version(MultiValueMap<String, String> form) {
		String version = form.getFirst("version");
		try {
			return version == null || version.isBlank() ? null : Long.valueOf(version);
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static String back(OrgScope target, String key) {
		return "redirect:" + UriComponentsBuilder.fromPath("/config").queryParam("scope", target.key()).build().toUriString()
				+ "#setting-" + key.replace('.', '-');
	}

	private String label(SettingDefinition<?> definition, Locale locale) {
		return messages.getMessage(definition.labelKey(), null, definition.key(), locale);
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
