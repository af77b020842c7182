package com.chaindesk.config.web;

import java.util.Locale;
import java.util.Map;

import com.chaindesk.config.BrandTheme;
import com.chaindesk.config.Settings;
import com.chaindesk.org.LocalizedNames;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.OrgScope;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the brand theme in force for whoever is looking (HQ's before sign-in and for HQ and vendor
 * people) and, for people of a store, the store's greeting in their language.
 */
@ControllerAdvice(annotations = Controller.class)
class BrandModel {

	private final Settings settings;

	BrandModel(Settings settings) {
		this.settings = settings;
	}

	@ModelAttribute("brandTheme")
	BrandTheme brandTheme() {
		return settings.brandTheme(CurrentActor.find().map(actor -> actor.scope()).orElse(OrgScope.hq()));
	}

	@ModelAttribute("storeGreeting")
	String storeGreeting(Locale locale) {
		return CurrentActor.find().map(actor -> actor.scope())
				.filter(scope -> scope.level() == OrgScope.Level.STORE)
				.map(scope -> {
					Map<String, String> greeting = settings.storeGreeting(scope);
					String text = greeting.get(LocalizedNames.tag(locale));
					return text == null || text.isBlank() ? LocalizedNames.pick(greeting, locale) : text;
				})
				.orElse(null);
	}
}
