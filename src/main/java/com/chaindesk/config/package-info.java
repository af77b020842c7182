/**
 * HQ standards with regional and store variation: settings declared in code (type, default, validation, the lowest
 * level that may override), values per scope, locks, and the effective value for any store with where it comes from.
 * Values are read from PostgreSQL on every request, so a change holds on every instance at once.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Config", allowedDependencies = { "platform", "audit", "org" })
package com.chaindesk.config;
