package com.chaindesk.audit;

import java.util.Objects;

import com.chaindesk.platform.OrgScope;

/**
 * One change to be recorded.
 *
 * @param action what happened, dotted and past tense: {@code store.updated}, {@code config.overridden}
 * @param targetType the kind of thing changed: {@code store}, {@code user}, {@code setting}
 * @param targetId its id or key
 * @param targetScope the part of the chain the thing belongs to, so that region and store managers see their part
 * @param before the state before the change (null when created)
 * @param after the state after the change (null when removed)
 */
public record AuditEvent(String action, String targetType, String targetId, OrgScope targetScope, Object before, Object after) {

	public AuditEvent {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(targetType, "targetType");
		Objects.requireNonNull(targetId, "targetId");
		Objects.requireNonNull(targetScope, "targetScope");
	}
}
