package com.chaindesk.identity;

import java.util.Set;

import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.Role;

/** What it takes to open an account. */
public record NewAccount(String username, String displayName, String password, String email, Set<Role> roles,
		OrgScope scope) {
}
