package com.chaindesk.identity;

import java.time.Instant;
import java.util.Set;

import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.Role;

/** An account as other modules and pages see it: never its password or second-factor secret. */
public record AccountView(long id, String username, String displayName, String email, boolean enabled,
		Set<Role> roles, OrgScope scope, boolean secondFactor, Instant lockedUntil) {

	/** Locked after too many failed sign-ins, and the lock has not yet run out. */
	public boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}
}
