package com.chaindesk.platform;

import java.util.Objects;
import java.util.Set;

/**
 * The person (or integration) on whose behalf something happens: who they are, what they do and for which part of
 * the chain. Anything that authenticates a request puts an Actor behind it; see {@link CurrentActor}.
 */
public record Actor(long userId, String username, String displayName, Set<Role> roles, OrgScope scope)
		implements java.io.Serializable {

	/** Work done by ChainDesk itself: demo loading, scheduled jobs. */
	public static final Actor SYSTEM = new Actor(0, "system", "ChainDesk", Set.of(Role.HQ_ADMIN), OrgScope.hq());

	public Actor {
		Objects.requireNonNull(username, "username");
		Objects.requireNonNull(scope, "scope");
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean hasAny(Role... wanted) {
		for (Role role : wanted) {
			if (roles.contains(role)) {
				return true;
			}
		}
		return false;
	}

	/** Implemented by authenticated principals that carry an Actor. */
	public interface Source {
		Actor actor();
	}
}
