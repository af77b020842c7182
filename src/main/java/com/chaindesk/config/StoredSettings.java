package com.chaindesk.config;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The values and locks stored for a handful of scopes (HQ, one region, one store), as one read brought them.
 */
final class StoredSettings {

	/** A value set at one scope. */
	record Value(String key, String scope, JsonNode value, long version, String updatedBy, Instant updatedAt) {
	}

	/** A lock: below {@code scope}, nobody may override {@code key}. */
	record Lock(String key, String scope, String lockedBy, Instant lockedAt) {
	}

	private final Map<String, Value> values = new HashMap<>();
	private final Map<String, Lock> locks = new HashMap<>();

	StoredSettings(List<Value> values, List<Lock> locks) {
		values.forEach(v -> this.values.put(v.key() + "@" + v.scope(), v));
		locks.forEach(l -> this.locks.put(l.key() + "@" + l.scope(), l));
	}

	static StoredSettings none() {
		return new StoredSettings(List.of(), List.of());
	}

	Value value(String key, String scope) {
		return values.get(key + "@" + scope);
	}

	Lock lock(String key, String scope) {
		return locks.get(key + "@" + scope);
	}
}
