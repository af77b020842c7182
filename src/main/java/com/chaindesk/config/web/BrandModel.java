package com.chaindesk.config.web;

import java.util.Locale;
import java.util.Map;

import com.chaindesk.config.Settings;
import com.chaindesk.org.LocalizedNames;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.PageDecoration;
import org.springframework.stereotype.Component;

/**
 * Gives every page the brand theme in force for whoever is looking (HQ's before sign-in and for HQ and vendor
 * people) and, for people of a store, the store's greeting in their language.
 */
@Component
class BrandModel implements PageDecoration {

	private final Settings settings;

	BrandModel(Settings settings) {
		this.settings = settings;
	}

	@Override
	public void decorate(Map<String, Object> model, Locale locale) {
		OrgScope scope = CurrentActor.find().map(actor -> actor.scope()).orElse(OrgScope.hq());
		model.put("brandTheme", settings.brandTheme(scope));
		if (scope.level() == OrgScope.Level.STORE) {
			Map<String, String> greeting = settings.storeGreeting(scope);
			String text = greeting.get(LocalizedNames.tag(locale));
			model.put("storeGreeting", text == null || text.isBlank() ? LocalizedNames.pick(greeting, locale) : text);
		}
	}
}
