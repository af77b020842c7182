package com.chaindesk.sla;

import java.time.Instant;

/** 75 % of a clock's target is used up: tell whoever holds the ticket before it breaches. */
public record SlaWarning(long ticketId, long storeId, long regionId, String clock, Instant dueAt, Instant at) {
}
