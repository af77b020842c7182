package com.chaindesk.org;

import java.util.Map;

/** A team as someone wants it: {@code regionId} null for an HQ team; {@code version} required when revising. */
public record TeamDraft(String code, Map<String, String> names, String tier, Long regionId, Integer version) {
}
