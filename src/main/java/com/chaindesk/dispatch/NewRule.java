package com.chaindesk.dispatch;

import java.util.Set;

import com.chaindesk.org.Tier;
import com.chaindesk.ticket.Priority;

/**
 * A rule to add. {@code scopeRegion} null makes it an HQ rule; {@code position} null puts it last in its book.
 */
public record NewRule(Long scopeRegion, Integer position, String category, Long store, Long region,
		Set<Priority> priorities, Long team, Tier tier, Long vendor, String note) {
}
