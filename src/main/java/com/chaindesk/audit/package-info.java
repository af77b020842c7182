/**
 * The append-only, hash-chained record of every change: who, for which part of the chain, what, before and after,
 * when and from where. Other modules record through {@link com.chaindesk.audit.AuditTrail}; nobody writes the
 * table by hand.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package com.chaindesk.audit;
