package com.chaindesk.audit;

import java.util.List;

/**
 * Whether the trail is as it was written.
 *
 * @param intact true when every chain's entries match their content and predecessors, and every chain ends where
 * its head says
 * @param entries how many entries were checked
 * @param chains how many chains were checked
 * @param firstBroken the earliest entry (lowest id) that does not match, or null (also when chains only
 * lost entries at their ends)
 * @param broken each broken chain and where it broke, in chain order
 */
public record ChainVerdict(boolean intact, long entries, int chains, AuditEntry firstBroken, List<ChainBreak> broken) {

	/**
	 * Where one chain broke.
	 *
	 * @param chain the chain's number
	 * @param entry the first entry that does not match; with {@code endsEarly}, the last entry left (null if none)
	 * @param endsEarly true when every entry left matches but entries are missing at the end of the chain
	 */
	public record ChainBreak(int chain, AuditEntry entry, boolean endsEarly) {
	}
}
