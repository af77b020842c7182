package com.chaindesk.identity.security;

import java.util.Set;

import com.chaindesk.platform.Actor;
import com.chaindesk.platform.Role;

/**
 * Whether a person must give a second factor to sign in. HQ decides per role, and may decide differently for a
 * region or a store; the implementation reads that decision wherever it is kept.
 */
public interface SecondFactorPolicy {

	/** The roles that need a second factor at the actor's part of the chain. */
	Set<Role> rolesRequiringSecondFactor(Actor actor);

	default boolean requires(Actor actor) {
		Set<Role> roles = rolesRequiringSecondFactor(actor);
		return actor.roles().stream().anyMatch(roles::contains);
	}
}
