package com.chaindesk.identity.security;

import java.util.Set;

import com.chaindesk.config.Settings;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.Role;
import org.springframework.stereotype.Component;

/**
 * The chain's rule for second factors: the {@code security.second-factor} setting, as HQ set it and as a region
 * (where HQ allows) tightened or relaxed it, evaluated at the person's own part of the chain. Read on every sign-in,
 * so a change holds on every instance at once.
 */
@Component
class ChainSecondFactorPolicy implements SecondFactorPolicy {

	private final Settings settings;

	ChainSecondFactorPolicy(Settings settings) {
		this.settings = settings;
	}

	@Override
	public Set<Role> rolesRequiringSecondFactor(Actor actor) {
		return settings.secondFactorRoles(actor.scope());
	}
}
