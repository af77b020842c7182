package com.chaindesk.config;

/** Which form the settings page offers for a value; anything without a friendly form is edited as JSON. */
public enum ValueEditor {
	JSON, LOCALE, ROLES, THEME, LOCALIZED_TEXT
}
