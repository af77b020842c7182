package com.chaindesk.identity;

import java.util.List;
import java.util.Set;

import com.chaindesk.org.RegionRef;
import com.chaindesk.org.StoreRef;
import com.chaindesk.platform.Role;

/** The roles, regions and stores an administrator may choose from when opening an account. */
public record ScopeOptions(Set<Role> roles, List<RegionRef> regions, List<StoreRef> stores) {
}
