/**
 * The shape of the chain: HQ, regions, stores (where they are, when they open, how big they are), the service desk's
 * teams by tier, the vendors the chain contracts, and the agents who work for them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package com.chaindesk.org;
