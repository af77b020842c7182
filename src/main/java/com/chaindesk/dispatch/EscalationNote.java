package com.chaindesk.dispatch;

import java.util.Locale;
import java.util.Set;

import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.StoreRef;
import com.chaindesk.org.TeamManagement;
import com.chaindesk.org.Tier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The line an escalation leaves on the ticket's timeline, in the store's language and with people's and teams'
 * names: the desk reads it there, so it must not read like a log entry.
 */
@Component
class EscalationNote {

	private final MessageSource messages;
	private final OrgDirectory directory;
	private final TeamManagement teams;

	EscalationNote(MessageSource messages, OrgDirectory directory, TeamManagement teams) {
		this.messages = messages;
		this.directory = directory;
		this.teams = teams;
	}

	String toTier(StoreRef store, Tier from, Route route, String reason) {
		Locale locale = Locale.forLanguageTag(store.locale());
		String team = route.team() == null ? "—" : teams.find(route.team()).name(locale);
		String holder = route.agent() == null ? messages.getMessage("dispatch.escalation.note.queue", null, locale)
				: directory.agentNames(Set.of(route.agent())).getOrDefault(route.agent(), route.agent());
		return messages.getMessage("dispatch.escalation.note.tier",
				new Object[] { from, route.tier(), team, holder, reason }, locale);
	}

	String toVendor(StoreRef store, String vendor, String reason) {
		return messages.getMessage("dispatch.escalation.note.vendor", new Object[] { vendor, reason },
				Locale.forLanguageTag(store.locale()));
	}
}
