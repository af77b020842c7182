package com.chaindesk.audit;

import java.time.Instant;

/** What to look for in the trail; null fields do not filter. */
public record AuditFilter(String actor, String action, String targetType, String targetId, Instant from, Instant to) {

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null, null);
	}
}
