package com.chaindesk.sla;

import com.chaindesk.ticket.Priority;

/**
 * One line of the SLA policy: for tickets of {@code priority} (and, when given, a category starting with
 * {@code category} and stores of {@code sizeClass}) the desk must respond within {@code responseMinutes} and resolve
 * within {@code resolutionMinutes} of business time. P1 counts every minute (24×7).
 */
public record SlaRule(Priority priority, String category, String sizeClass, int responseMinutes, int resolutionMinutes) {

	/** P1 incidents stop the store: their clocks ignore opening hours. */
	public boolean alwaysOn() {
		return priority == Priority.P1;
	}

	boolean matches(Priority ticketPriority, String ticketCategory, String storeSize) {
		return priority == ticketPriority
				&& (category == null || (ticketCategory != null && ticketCategory.startsWith(category)))
				&& (sizeClass == null || sizeClass.equals(storeSize));
	}

	/** More specific rules win: a category beats a size class, a longer category prefix beats a shorter one. */
	int specificity() {
		return (category == null ? 0 : 1000 + category.length()) + (sizeClass == null ? 0 : 1);
	}
}
