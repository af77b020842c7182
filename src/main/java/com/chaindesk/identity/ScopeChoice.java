package com.chaindesk.identity;

import com.chaindesk.platform.OrgScope;

/**
 * The part of the chain an administrator picked for an account: only the id that fits the level counts (a store's
 * region is looked up, not taken from the form).
 */
public record ScopeChoice(OrgScope.Level level, Long regionId, Long storeId, Long vendorId) {
}
