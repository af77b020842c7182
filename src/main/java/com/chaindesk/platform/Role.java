package com.chaindesk.platform;

import java.util.Locale;

/**
 * What a person does in the chain. A role is always held for an {@link OrgScope} of the level it names.
 */
public enum Role {

	HQ_ADMIN(OrgScope.Level.HQ),
	REGION_MANAGER(OrgScope.Level.REGION),
	STORE_MANAGER(OrgScope.Level.STORE),
	STORE_STAFF(OrgScope.Level.STORE),
	L1_AGENT(OrgScope.Level.HQ),
	ENGINEER(OrgScope.Level.HQ),
	VENDOR_ENGINEER(OrgScope.Level.VENDOR),
	TRAINER(OrgScope.Level.REGION);

	private final OrgScope.Level scopeLevel;

	Role(OrgScope.Level scopeLevel) {
		this.scopeLevel = scopeLevel;
	}

	/** The level of scope this role is normally held at (an L1 agent or trainer may also be bound lower). */
	public OrgScope.Level scopeLevel() {
		return scopeLevel;
	}

	/** The Spring Security authority for this role, e.g. {@code ROLE_HQ_ADMIN}. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** The message key of the role's name on screen. */
	public String messageKey() {
		return "role." + name().toLowerCase(Locale.ROOT);
	}
}
