package com.chaindesk.audit;

import java.time.Instant;

/** A recorded change as the trail shows it. */
public record AuditEntry(long id, Instant at, String actor, String scope, String action, String targetType,
		String targetId, String before, String after, String clientIp, String hash) {
}
