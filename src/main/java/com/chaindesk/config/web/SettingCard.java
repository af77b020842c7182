package com.chaindesk.config.web;

import java.util.Map;
import java.util.Set;

import com.chaindesk.config.SettingAtScope;

/**
 * One setting as its card on the page shows it.
 *
 * @param at the setting at this scope and what the person may do
 * @param id the card's HTML id (the key with dots as dashes)
 * @param typed the effective value as its Java type, for the friendly display
 * @param definedAt the name of where the value comes from, e.g. 总部 or 大区：华东
 * @param setBy who set this scope's own value and when, or null
 * @param form the values the edit form shows: the effective ones, or what the person sent when it was refused
 * @param checked the ticked boxes of a roles form
 * @param errors problems by form field ({@code ""} for the value as a whole)
 * @param problem a message about the whole card (refused, conflict), or null
 */
public record SettingCard(SettingAtScope at, String id, Object typed, String definedAt, String setBy, Map<String, String> form,
		Set<String> checked, Map<String, String> errors, String problem) {

	public boolean open() {
		return !errors.isEmpty() || problem != null;
	}

	public String error(String field) {
		return errors.get(field);
	}
}
