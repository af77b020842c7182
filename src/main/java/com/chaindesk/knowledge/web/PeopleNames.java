package com.chaindesk.knowledge.web;

import java.util.HashMap;
import java.util.Map;

import com.chaindesk.identity.AccountView;
import com.chaindesk.identity.UserAccounts;

/** People's display names for templates (authors, reviewers), looked up once per page; ChainDesk itself for the demo. */
public final class PeopleNames {

	private final UserAccounts accounts;
	private final Map<String, String> known = new HashMap<>();

	PeopleNames(UserAccounts accounts) {
		this.accounts = accounts;
	}

	public String of(String username) {
		if (username == null) {
			return "";
		}
		return known.computeIfAbsent(username, u -> "system".equals(u) ? "ChainDesk"
				: accounts.findByUsername(u).map(AccountView::displayName).orElse(u));
	}
}
