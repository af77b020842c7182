package com.chaindesk.identity.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.chaindesk.platform.Actor;
import com.chaindesk.platform.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The second-factor rule from application properties ({@code chaindesk.security.second-factor.roles}), used until
 * the config module decides it per region and store.
 */
@Component
class ConfiguredSecondFactorPolicy implements SecondFactorPolicy {

	private final Set<Role> roles;

	ConfiguredSecondFactorPolicy(@Value("${chaindesk.security.second-factor.roles:}") List<Role> roles) {
		this.roles = roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
	}

	@Override
	public Set<Role> rolesRequiringSecondFactor(Actor actor) {
		return roles;
	}
}
