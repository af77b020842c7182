package com.chaindesk.config.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.RegionRef;
import com.chaindesk.org.StoreRef;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.Role;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The scopes a person may pick on the settings page, grouped by region, and the names scopes are shown by. */
@Component
class ScopeChoices {

	public record Choice(String key, String label) {
	}

	public record Group(String label, List<Choice> choices) {
	}

	private final OrgDirectory org;
	private final MessageSource messages;

	ScopeChoices(OrgDirectory org, MessageSource messages) {
		this.org = org;
		this.messages = messages;
	}

	/** HQ people get HQ and every region with its stores; a region manager their region; a store manager their store. */
	List<Group> visibleTo(Actor actor, Locale locale) {
		OrgScope own = actor.scope();
		List<Group> groups = new ArrayList<>();
		switch (own.level()) {
			case HQ -> {
				groups.add(new Group(text("scope.hq", locale), List.of(new Choice("hq", text("config.scope.hq", locale)))));
				if (actor.has(Role.HQ_ADMIN)) {
					org.regions().forEach(region -> groups.add(region(region, locale)));
				}
			}
			case REGION -> org.region(own.regionId()).ifPresent(region -> groups.add(region(region, locale)));
			case STORE -> org.store(own.storeId()).ifPresent(store -> groups.add(new Group(text("scope.store", locale),
					List.of(new Choice(OrgScope.store(store.id(), store.regionId()).key(), store.name(locale))))));
			case VENDOR -> {
			}
		}
		return groups;
	}

	/** The name of a scope as a person reads it: 总部, the region's name or the store's name. */
	String name(String scopeKey, Locale locale) {
		if (scopeKey == null || scopeKey.equals("hq")) {
			return text("scope.hq", locale);
		}
		long id = Long.parseLong(scopeKey.substring(scopeKey.indexOf(':') + 1));
		if (scopeKey.startsWith("region:")) {
			return org.region(id).map(r -> text("config.scope.region", locale, r.name(locale))).orElse(scopeKey);
		}
		return org.store(id).map(s -> text("config.scope.store", locale, s.name(locale))).orElse(scopeKey);
	}

	/** The time zone a scope's times are shown in. */
	String timeZone(OrgScope scope) {
		if (scope.level() == OrgScope.Level.STORE) {
			return org.store(scope.storeId()).map(StoreRef::timeZone).orElse("Asia/Shanghai");
		}
		if (scope.level() == OrgScope.Level.REGION) {
			return org.region(scope.regionId()).map(RegionRef::timeZone).orElse("Asia/Shanghai");
		}
		return "Asia/Shanghai";
	}

	private Group region(RegionRef region, Locale locale) {
		List<Choice> choices = new ArrayList<>();
		choices.add(new Choice(OrgScope.region(region.id()).key(), text("config.scope.region.all", locale, region.name(locale))));
		for (StoreRef store : org.storesOfRegion(region.id())) {
			choices.add(new Choice(OrgScope.store(store.id(), store.regionId()).key(), store.name(locale)));
		}
		return new Group(region.name(locale), choices);
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
