package com.chaindesk.ticket.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.chaindesk.org.Tier;
import com.chaindesk.ticket.Assignment;
import com.chaindesk.ticket.AttachmentView;
import com.chaindesk.ticket.Level;
import com.chaindesk.ticket.Priority;
import com.chaindesk.ticket.Rating;
import com.chaindesk.ticket.TicketLink;
import com.chaindesk.ticket.TicketPage;
import com.chaindesk.ticket.TicketRef;
import com.chaindesk.ticket.TicketSla;
import com.chaindesk.ticket.TicketStatus;
import com.chaindesk.ticket.TicketSummary;
import com.chaindesk.ticket.TicketType;
import com.chaindesk.ticket.TicketView;
import com.chaindesk.ticket.TimelineEntry;

/** A ticket over JSON. {@code sla} holds the due moments (forecast on opening, then as the clocks run); null for a ticket without clocks. */
record TicketJson(long id, String number, TicketType type, TicketStatus status, Priority priority,
		AssignmentJson assignment, SlaJson sla, long store, String category, String subject, String description,
		Level impact, Level urgency, String device, String reporter, RatingJson rating, Instant createdAt,
		Instant updatedAt, int version, Set<TicketStatus> allowed, List<TimelineJson> timeline,
		List<AttachmentView> attachments, Set<TicketLink> links, Set<String> watchers, Map<String, Object> fields,
		boolean major, String majorReason, TicketRef parent, long childCount) {

	static TicketJson of(TicketView t) {
		return new TicketJson(t.id(), t.number(), t.type(), t.status(), t.priority(), AssignmentJson.of(t.assignment()),
				SlaJson.of(t.sla()), t.storeId(), t.category(), t.subject(), t.description(), t.impact(), t.urgency(), t.device(),
				t.reporter(), RatingJson.of(t.rating()), t.createdAt(), t.updatedAt(), t.version(),
				new TreeSet<>(t.allowedMoves()), t.timeline().stream().map(TimelineJson::of).toList(), t.attachments(),
				t.links(), new TreeSet<>(t.watchers()), t.fields(), t.major(), t.majorReason(), t.parent(),
				t.childCount());
	}

	record AssignmentJson(Long team, String agent, Long vendor, Tier tier) {
		static AssignmentJson of(Assignment a) {
			return new AssignmentJson(a.team(), a.agent(), a.vendor(), a.tier());
		}
	}

	/** {@code dueAt}: the due moment that counts now (the earliest running clock); null while paused or settled. */
	record SlaJson(Instant responseDueAt, Instant resolutionDueAt, String state, Instant dueAt) {
		static SlaJson of(TicketSla sla) {
			return sla == null || !sla.known() ? null
					: new SlaJson(sla.responseDueAt(), sla.resolutionDueAt(), sla.state(), sla.dueAt());
		}
	}

	record RatingJson(int score, String comment) {
		static RatingJson of(Rating r) {
			return r == null ? null : new RatingJson(r.score(), r.comment());
		}
	}

	/** {@code note} names the message of a line ChainDesk wrote itself; {@code text} is already in the reader's language. */
	record TimelineJson(String kind, String author, String text, boolean internal, TicketStatus from, TicketStatus to,
			Instant at, String note) {
		static TimelineJson of(TimelineEntry e) {
			return new TimelineJson(e.kind(), e.author(), e.text(), e.internal(), e.from(), e.to(), e.at(), e.noteKey());
		}
	}

	record Summary(long id, String number, TicketType type, TicketStatus status, Priority priority,
			AssignmentJson assignment, SlaJson sla, long store, String category, String subject, String reporter,
			Instant createdAt, Instant updatedAt, int version) {
		static Summary of(TicketSummary t) {
			return new Summary(t.id(), t.number(), t.type(), t.status(), t.priority(), AssignmentJson.of(t.assignment()),
					SlaJson.of(t.sla()), t.storeId(), t.category(), t.subject(), t.reporter(), t.createdAt(), t.updatedAt(), t.version());
		}
	}

	record Page(List<Summary> content, long totalElements, boolean totalIsLowerBound, int totalPages, int page, int size) {
		static Page of(TicketPage page) {
			return new Page(page.content().stream().map(Summary::of).toList(), page.totalElements(),
					page.totalIsLowerBound(), page.totalPages(), page.page(), page.size());
		}
	}
}
