package com.chaindesk.ticket;

import java.time.Instant;

/**
 * An open ticket that might be the one a store is about to report again.
 *
 * @param major whether it is a major incident other stores' tickets can join
 * @param parentId the major incident it already hangs under, if any
 */
public record OpenTicketCandidate(long id, String number, String subject, TicketStatus status, long storeId,
		long regionId, String category, Instant createdAt, boolean major, Long parentId) {
}
