package com.chaindesk.audit;

/**
 * Whether the trail is as it was written.
 *
 * @param intact true when every entry's hash matches its content and its predecessor
 * @param entries how many entries were checked
 * @param firstBroken the first entry that does not match, or null
 */
public record ChainVerdict(boolean intact, long entries, AuditEntry firstBroken) {
}
