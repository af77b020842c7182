package com.chaindesk.dispatch;

import com.chaindesk.org.Tier;

/**
 * Where a ticket goes: the rule that fired ({@code null} for the fallback), team, tier, vendor, the agent chosen (null:
 * the team's queue) and why, in words an agent can read.
 */
public record Route(Long rule, Long team, String teamCode, Tier tier, Long vendor, String vendorCode, String agent,
		String reason) {
}
