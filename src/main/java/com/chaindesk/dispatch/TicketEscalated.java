package com.chaindesk.dispatch;

import java.time.Instant;

import com.chaindesk.org.Tier;

/**
 * A ticket went up a tier or out to a vendor. The SLA clocks keep running: escalation changes who works the ticket,
 * not what the store was promised. {@code vendorId} is set when it went to a vendor.
 */
public record TicketEscalated(long ticketId, String number, long storeId, long regionId, Tier from, Tier to,
		Long teamId, Long vendorId, String agent, String reason, String by, Instant at) {
}
