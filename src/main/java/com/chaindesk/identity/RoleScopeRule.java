package com.chaindesk.identity;

import java.util.EnumSet;
import java.util.Set;

import com.chaindesk.platform.OrgScope.Level;
import com.chaindesk.platform.Role;

/**
 * Which part of the chain a role can be held for. A role is held at the level it names; an L1 agent may also serve
 * one region or store, and a trainer one store. A store role held for HQ would give a store clerk the whole chain.
 */
public final class RoleScopeRule {

	private RoleScopeRule() {
	}

	public static Set<Level> levelsFor(Role role) {
		return switch (role) {
			case L1_AGENT -> EnumSet.of(Level.HQ, Level.REGION, Level.STORE);
			case TRAINER -> EnumSet.of(Level.REGION, Level.STORE);
			default -> EnumSet.of(role.scopeLevel());
		};
	}

	public static boolean fits(Role role, Level level) {
		return levelsFor(role).contains(level);
	}
}
