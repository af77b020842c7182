package com.chaindesk.config;

import com.chaindesk.platform.OrgScope;

/**
 * A setting's value or lock changed at a scope (and so possibly for every store below it). Published inside the
 * changing transaction; listeners with {@code @ApplicationModuleListener} see it once it is committed.
 */
public record SettingChanged(String key, OrgScope scope) {
}
