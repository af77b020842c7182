package com.chaindesk.org;

import java.util.List;

/** An agent of a team or a vendor. {@code status} is ACTIVE or CLOSED. */
public record AgentView(long id, Long userId, String username, String displayName, Long teamId, Long vendorId,
		List<String> skills, List<String> languages, int capacity, String status, int version) {
}
