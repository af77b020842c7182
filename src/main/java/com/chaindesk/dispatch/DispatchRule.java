package com.chaindesk.dispatch;

import java.util.Set;

import com.chaindesk.org.Tier;
import com.chaindesk.ticket.Priority;

/**
 * One line of the dispatch rule book. It belongs to HQ ({@code scopeRegion} null) or to a region, whose rules apply
 * to that region's stores only and before HQ's. Every condition is optional; an empty one matches anything.
 *
 * @param category a category code prefix: {@code network} matches {@code network-down}
 * @param priorities the priorities it takes; empty: any
 */
public record DispatchRule(long id, Long scopeRegion, int position, String category, Long storeId, Long regionId,
		Set<Priority> priorities, Long teamId, Tier tier, Long vendorId, String note) {

	public DispatchRule {
		priorities = priorities == null ? Set.of() : Set.copyOf(priorities);
	}

	public boolean hq() {
		return scopeRegion == null;
	}

	/** Whether this rule applies to the sample: its scope covers the store and each set condition holds. */
	public boolean matches(TicketSample sample) {
		return (scopeRegion == null || scopeRegion == sample.regionId())
				&& (category == null || category.isBlank() || sample.category() != null && sample.category().startsWith(category))
				&& (storeId == null || storeId == sample.storeId())
				&& (regionId == null || regionId == sample.regionId())
				&& (priorities.isEmpty() || priorities.contains(sample.priority()));
	}
}
