package com.chaindesk.sla;

/**
 * What ChainDesk does by itself when an SLA clock warns (75 % used) or breaches: an internal note to whoever holds
 * the ticket, one tier of escalation on a resolution breach, and telling the region manager of the store's region.
 * HQ sets the default; a region may override it.
 */
public record BreachActions(boolean noteOnWarning, boolean noteOnBreach, boolean escalateOnBreach,
		boolean tellRegionManager) {

	public static final BreachActions ALL = new BreachActions(true, true, true, true);
}
