package com.chaindesk.identity;

import java.util.Set;

import com.chaindesk.platform.Role;

/** What an administrator fills in to open an account for someone. */
public record AccountOpening(String username, String displayName, String email, String password, Set<Role> roles,
		ScopeChoice scope) {
}
