package com.chaindesk.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A ticket as one reader may see it: the timeline holds internal notes only for readers allowed to see them.
 *
 * @param allowedMoves where this reader may move the ticket now
 * @param mayAssign whether this reader may change who holds it
 * @param mayRate whether this reader may rate it now
 * @param fields answers to its category's custom fields, by field key
 * @param major whether it is a major incident, with {@code majorReason} saying why
 * @param parent the major incident it is linked under, or null
 * @param childCount how many store tickets hang under it (major incidents only)
 * @param mayRunMajor whether this reader may declare it a major incident or link children under it
 */
public record TicketView(long id, String number, TicketType type, long storeId, long regionId, String reporter,
		String category, String device, Level impact, Level urgency, Priority priority, String subject,
		String description, TicketStatus status, Assignment assignment, Rating rating, Instant createdAt,
		Instant updatedAt, int version, Set<String> watchers, Set<TicketLink> links, List<TimelineEntry> timeline,
		List<AttachmentView> attachments, Set<TicketStatus> allowedMoves, boolean mayAssign, boolean mayRate,
		Map<String, Object> fields, boolean major, String majorReason, TicketRef parent, long childCount,
		boolean mayRunMajor, TicketSla sla) {
}
