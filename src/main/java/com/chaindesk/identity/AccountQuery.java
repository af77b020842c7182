package com.chaindesk.identity;

import com.chaindesk.platform.Role;

/**
 * A search of accounts.
 *
 * @param text part of a username, name or email; blank for all
 * @param role only accounts holding this role, or null
 * @param page zero-based page
 * @param size rows per page
 */
public record AccountQuery(String text, Role role, int page, int size) {

	public static final int MAX_SIZE = 100;
	public static final int MAX_TEXT = 100;

	public AccountQuery {
		text = text == null ? "" : text.strip();
		if (text.length() > MAX_TEXT) {
			text = text.substring(0, MAX_TEXT);
		}
		page = Math.max(0, page);
		size = Math.clamp(size, 1, MAX_SIZE);
	}
}
