package com.chaindesk.platform;

import java.util.Set;

/**
 * One entry of the left-hand menu. Modules declare their entries as beans; the shell shows each person the entries
 * their roles open.
 *
 * @param path where the entry leads
 * @param messageKey the label's message key
 * @param icon a Bootstrap Icons name, e.g. {@code shop}
 * @param order position in the menu, lower first
 * @param roles who sees it; empty means everyone who is signed in
 */
public record MenuEntry(String path, String messageKey, String icon, int order, Set<Role> roles) {

	public boolean visibleTo(Actor actor) {
		return roles.isEmpty() || roles.stream().anyMatch(actor::has);
	}
}
