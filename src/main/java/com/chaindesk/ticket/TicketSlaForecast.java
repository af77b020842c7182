package com.chaindesk.ticket;

import java.time.Instant;

/**
 * The due moments a ticket gets when it opens, known before the SLA module has started its clocks (that happens
 * just after the opening commits), so whoever opens a ticket is told its targets at once. The SLA module implements
 * it with the same policy and calendar its clocks use.
 */
public interface TicketSlaForecast {

	TicketSla forecast(long storeId, long regionId, Priority priority, String category, Instant openedAt);
}
