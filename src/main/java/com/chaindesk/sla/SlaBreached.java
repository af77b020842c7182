package com.chaindesk.sla;

import java.time.Instant;

/**
 * A clock ran past its due moment: notify the holder, escalate a tier and tell the region manager (escalation and
 * notification modules listen to this).
 */
public record SlaBreached(long ticketId, long storeId, long regionId, String clock, Instant dueAt, Instant at) {
}
