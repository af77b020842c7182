package com.chaindesk.dispatch;

import java.time.Instant;

import com.chaindesk.org.Tier;

/** One entry of a ticket's dispatch history: {@code kind} is DISPATCH (on opening) or ESCALATION. */
public record DispatchDecision(long ticketId, String kind, Long ruleId, Tier fromTier, Long teamId, Tier tier,
		Long vendorId, String agent, String reason, String by, Instant at) {
}
