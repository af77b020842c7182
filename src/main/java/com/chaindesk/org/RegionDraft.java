package com.chaindesk.org;

import java.util.Map;

/** A region as someone wants it to be; {@code version} is required when revising. */
public record RegionDraft(String code, Map<String, String> names, String timeZone, String locale, Integer version) {
}
