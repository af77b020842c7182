package com.chaindesk.org;

import java.util.List;

/**
 * An agent as someone wants them: a person (by their sign-in name, and account id when known) in a team or at a
 * vendor, with skills, languages and how many conversations or tickets they carry at once.
 */
public record AgentDraft(String username, Long userId, String displayName, Long teamId, Long vendorId,
		List<String> skills, List<String> languages, Integer capacity, Integer version) {
}
