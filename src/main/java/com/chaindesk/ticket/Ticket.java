package com.chaindesk.ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.chaindesk.platform.Conflict;
import com.chaindesk.platform.FieldProblem;
import com.chaindesk.platform.InvalidInput;

/**
 * A problem a store reported, and everything that happened to it since. Guards its own moves: the status follows
 * {@link TicketLifecycle}, a rating comes only once the problem is solved, a closed ticket takes no new holder. Each
 * change adds a line to the timeline and may register an event; the repository saves both, the service publishes.
 */
class Ticket {

	static final int SUBJECT_MAX = 200;
	static final int DESCRIPTION_MAX = 10_000;
	static final int COMMENT_MAX = 10_000;
	static final int DEVICE_MAX = 100;

	private Long id;
	private String number;
	private final TicketType type;
	private final long storeId;
	private final long regionId;
	private final String reporter;
	private final String category;
	private final String device;
	private final Level impact;
	private final Level urgency;
	private final Priority priority;
	private final String subject;
	private final String description;
	private TicketStatus status;
	private Assignment assignment;
	private Rating rating;
	private final Instant createdAt;
	private Instant updatedAt;
	private int version;
	private final Set<String> watchers;
	private final Set<TicketLink> links;
	private final Map<String, Object> fields;
	private boolean major;
	private String majorReason;
	private Long parentId;
	private Instant resolvedAt;
	private final List<TimelineEntry> newEntries = new ArrayList<>();
	/** The watchers and links stored already: saving writes only the ones added since. */
	private final Set<String> savedWatchers = new java.util.HashSet<>();
	private final Set<TicketLink> savedLinks = new java.util.HashSet<>();
	private final List<Object> events = new ArrayList<>();
	/** Given its first holder before it was stored: its assignment is announced with its opening. */
	private boolean dispatchedOnOpening;

	Ticket(Long id, String number, TicketType type, long storeId, long regionId, String reporter, String category,
			String device, Level impact, Level urgency, String subject, String description, TicketStatus status,
			Assignment assignment, Rating rating, Instant createdAt, Instant updatedAt, int version, Set<String> watchers,
			Set<TicketLink> links) {
		this(id, number, type, storeId, regionId, reporter, category, device, impact, urgency, subject, description,
				status, assignment, rating, createdAt, updatedAt, version, watchers, links, Map.of(), MajorState.NONE, null);
	}

	Ticket(Long id, String number, TicketType type, long storeId, long regionId, String reporter, String category,
			String device, Level impact, Level urgency, String subject, String description, TicketStatus status,
			Assignment assignment, Rating rating, Instant createdAt, Instant updatedAt, int version, Set<String> watchers,
			Set<TicketLink> links, Map<String, Object> fields, MajorState majorState, Instant resolvedAt) {
		this.id = id;
		this.number = number;
		this.type = type;
		this.storeId = storeId;
		this.regionId = regionId;
		this.reporter = reporter;
		this.category = category;
		this.device = device;
		this.impact = impact;
		this.urgency = urgency;
		this.priority = PriorityMatrix.priorityOf(impact, urgency);
		this.subject = subject;
		this.description = description;
		this.status = status;
		this.assignment = assignment;
		this.rating = rating;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
		this.watchers = new LinkedHashSet<>(watchers);
		this.links = new LinkedHashSet<>(links);
		this.fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
		this.major = majorState.major();
		this.majorReason = majorState.reason();
		this.parentId = majorState.parentId();
		this.resolvedAt = resolvedAt;
	}

	/** Where a ticket stands among major incidents: declared one (with why), or linked under one, or neither. */
	record MajorState(boolean major, String reason, Long parentId) {
		static final MajorState NONE = new MajorState(false, null, null);
	}

	/**
	 * A new ticket from a store's report, after checking every field; all problems are reported together.
	 *
	 * @param categoryKnown whether a category code exists in the tree the store sees
	 */
	static Ticket open(NewTicket draft, long regionId, String reporter, Predicate<String> categoryKnown, Instant now) {
		return open(draft, regionId, reporter, categoryKnown, List.of(), now);
	}

	/**
	 * A new ticket from a store's report, after checking every field and the answers to the custom fields its
	 * category asks; all problems are reported together.
	 *
	 * @param asked the custom fields in force for the report's store and category
	 */
	static Ticket open(NewTicket draft, long regionId, String reporter, Predicate<String> categoryKnown,
			List<CustomField> asked, Instant now) {
		List<FieldProblem> problems = new ArrayList<>();
		required(problems, "type", draft.type());
		required(problems, "store", draft.store());
		required(problems, "impact", draft.impact());
		required(problems, "urgency", draft.urgency());
		text(problems, "subject", draft.subject(), SUBJECT_MAX, true);
		text(problems, "description", draft.description(), DESCRIPTION_MAX, true);
		text(problems, "device", draft.device(), DEVICE_MAX, false);
		if (draft.category() == null || draft.category().isBlank()) {
			problems.add(new FieldProblem("category", "required"));
		}
		else if (!categoryKnown.test(draft.category())) {
			problems.add(new FieldProblem("category", "unknown category for this store: " + draft.category()));
		}
		Map<String, Object> answers = FieldAnswers.check(asked, draft.fields(), draft.category(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		Ticket ticket = new Ticket(null, null, draft.type(), draft.store(), regionId, reporter, draft.category(),
				blankToNull(draft.device()), draft.impact(), draft.urgency(), draft.subject().strip(),
				draft.description().strip(), TicketStatus.NEW, Assignment.NONE, null, now, now, 0, Set.of(reporter),
				Set.of(), answers, MajorState.NONE, null);
		ticket.newEntries.add(new TimelineEntry(null, "STATUS", reporter, null, false, null, TicketStatus.NEW, now));
		return ticket;
	}

	/** Called once the repository stored the ticket and numbered it. */
	void opened(long id, String number, List<SlaMark> slaMarks) {
		this.id = id;
		this.number = number;
		events.add(new TicketOpened(id, number, type, storeId, regionId, category, priority, createdAt, slaMarks,
				dispatchedOnOpening ? assignment : Assignment.NONE));
		if (dispatchedOnOpening) {
			String by = com.chaindesk.platform.Actor.SYSTEM.username();
			events.add(new TicketAssigned(id, number, storeId, regionId, Assignment.NONE, assignment, by, createdAt));
			events.add(new TicketStatusChanged(id, number, storeId, regionId, TicketStatus.NEW, status, by, createdAt));
		}
	}

	/**
	 * Gives a ticket not stored yet the first holder automatic dispatch chose for it: it is stored held, with the
	 * dispatch on its timeline as ChainDesk's own step, and {@link #opened} announces the assignment with the opening
	 * (the events need the ticket's id).
	 */
	void dispatchOnOpening(Assignment first) {
		if (id != null || status != TicketStatus.NEW || !first.holder()) {
			throw new IllegalStateException("Only a new ticket not stored yet takes a first holder on opening");
		}
		String by = com.chaindesk.platform.Actor.SYSTEM.username();
		assignment = first;
		status = TicketStatus.ASSIGNED;
		newEntries.add(new TimelineEntry(null, "ASSIGNMENT", by, describe(first), true, null, null, createdAt));
		newEntries.add(new TimelineEntry(null, "STATUS", by, null, false, TicketStatus.NEW, status, createdAt, null, null));
		if (first.agent() != null) {
			watchers.add(first.agent());
		}
		dispatchedOnOpening = true;
	}

	/** Moves the ticket along its lifecycle, with an optional comment that the store sees. */
	void moveTo(TicketStatus to, String by, String comment, Instant now) {
		if (!TicketLifecycle.allows(status, to)) {
			throw new TransitionRefused(status, to, TicketLifecycle.allowedFrom(status));
		}
		if (to == TicketStatus.ASSIGNED && !assignment.holder()) {
			throw new InvalidInput("to", "Assign the ticket to an agent, team or vendor first.");
		}
		checkComment(comment, "comment");
		move(to, by, blankToNull(comment), null, null, now);
	}

	/**
	 * The store neither confirmed the fix nor reopened the ticket within the days the chain allows: ChainDesk closes
	 * it, and the timeline says so.
	 */
	void closeUnconfirmed(int days, Instant now) {
		if (status != TicketStatus.RESOLVED) {
			throw new TransitionRefused(status, TicketStatus.CLOSED, TicketLifecycle.allowedFrom(status));
		}
		move(TicketStatus.CLOSED, com.chaindesk.platform.Actor.SYSTEM.username(), null, "ticket.timeline.auto-closed",
				String.valueOf(days), now);
	}

	private void move(TicketStatus to, String by, String text, String noteKey, String noteArg, Instant now) {
		TicketStatus from = status;
		status = to;
		if (to == TicketStatus.RESOLVED) {
			resolvedAt = now;
		}
		else if (to != TicketStatus.CLOSED) {
			resolvedAt = null;
		}
		touch(now);
		newEntries.add(new TimelineEntry(null, "STATUS", by, text, false, from, to, now, noteKey, noteArg));
		events.add(new TicketStatusChanged(id, number, storeId, regionId, from, to, by, now));
		if (to == TicketStatus.RESOLVED) {
			events.add(new TicketResolved(id, number, storeId, regionId, assignment, by, now));
		}
	}

	/** One problem hits many stores: this ticket becomes the major incident their tickets are linked under. */
	void declareMajor(String reason, String by, Instant now) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInput("reason", "required");
		}
		if (reason.strip().length() > 500) {
			throw new InvalidInput("reason", "at most 500 characters");
		}
		if (major) {
			throw new Conflict("major", "Ticket " + number + " is already a major incident.");
		}
		if (parentId != null) {
			throw new Conflict("major", "Ticket " + number + " is a child of another major incident; it cannot lead one.");
		}
		if (status.solved()) {
			throw new Conflict("status", "Ticket " + number + " is " + status + "; only an open ticket becomes a major incident.");
		}
		major = true;
		majorReason = reason.strip();
		touch(now);
		newEntries.add(new TimelineEntry(null, "MAJOR", by, majorReason, false, null, null, now, "ticket.timeline.major", null));
		events.add(new MajorIncidentDeclared(id, number, storeId, regionId, majorReason, by, now));
	}

	/**
	 * Links a store's ticket under this major incident. A child has one parent, is not a major incident itself and is
	 * still open; the parent is open too.
	 */
	void adopt(Ticket child, String by, Instant now) {
		if (child.id().equals(id)) {
			throw new InvalidInput("ticket", "a ticket cannot be a child of itself");
		}
		if (!major) {
			throw new Conflict("major", "Ticket " + number + " is not a major incident; declare it one first.");
		}
		if (status.solved()) {
			throw new Conflict("status", "Major incident " + number + " is " + status + "; it takes no more children.");
		}
		if (child.major) {
			throw new Conflict("ticket", "Ticket " + child.number + " is a major incident itself.");
		}
		if (child.parentId != null) {
			throw new Conflict("ticket", child.parentId.equals(id)
					? "Ticket " + child.number + " is already a child of " + number + "."
					: "Ticket " + child.number + " is already a child of another major incident.");
		}
		if (child.status == TicketStatus.CLOSED) {
			throw new Conflict("ticket", "Ticket " + child.number + " is closed.");
		}
		child.parentId = id;
		child.links.add(new TicketLink(LinkKind.CHILD_OF, id));
		child.touch(now);
		child.newEntries.add(new TimelineEntry(null, "CHILD_OF", by, number, false, null, null, now,
				"ticket.timeline.child-of", number));
		touch(now);
		newEntries.add(new TimelineEntry(null, "CHILD", by, child.number, true, null, null, now,
				"ticket.timeline.child", child.number));
	}

	/** A public update on the major incident reaches this child's store, marked as coming from the incident. */
	void hearFromParent(Ticket parent, String by, String text, Instant now) {
		touch(now);
		newEntries.add(new TimelineEntry(null, "MAJOR_UPDATE", by, text.strip(), false, null, null, now,
				"ticket.timeline.major-update", parent.number));
	}

	/**
	 * The major incident this ticket hangs under was resolved: the ticket is resolved with it from wherever it stands
	 * (the lifecycle's single steps are for one store's own problem; here the cause was fixed for everyone). Solved
	 * tickets are left as they are.
	 */
	void resolveWithParent(Ticket parent, String by, Instant now) {
		if (parentId == null || !parentId.equals(parent.id())) {
			throw new IllegalStateException("Ticket " + number + " is not a child of " + parent.number());
		}
		if (status.solved()) {
			return;
		}
		move(TicketStatus.RESOLVED, by, null, "ticket.timeline.resolved-with-parent", parent.number, now);
	}

	/** Gives the ticket a new holder. A new ticket becomes ASSIGNED as soon as someone holds it. */
	void assign(Assignment next, String by, Instant now) {
		if (status == TicketStatus.CLOSED) {
			throw new Conflict("status", "Ticket " + number + " is closed; reopen work on a new ticket instead.");
		}
		Assignment before = assignment;
		assignment = next;
		touch(now);
		newEntries.add(new TimelineEntry(null, "ASSIGNMENT", by, describe(next), true, null, null, now));
		events.add(new TicketAssigned(id, number, storeId, regionId, before, next, by, now));
		if (status == TicketStatus.NEW && next.holder()) {
			moveTo(TicketStatus.ASSIGNED, by, null, now);
		}
		if (!before.equals(next) && next.agent() != null) {
			watchers.add(next.agent());
		}
	}

	void comment(String by, String text, boolean internal, Instant now) {
		TimelineEntry line = commentLine(by, text, internal, now);
		touch(now);
		newEntries.add(line);
	}

	/**
	 * A comment as a timeline line, checked as any comment is; for a note ChainDesk writes on a ticket it stamped
	 * without loading (see {@link Tickets#stampForNote}).
	 */
	static TimelineEntry commentLine(String by, String text, boolean internal, Instant now) {
		if (text == null || text.isBlank()) {
			throw new InvalidInput("text", "required");
		}
		checkComment(text, "text");
		return new TimelineEntry(null, "COMMENT", by, text.strip(), internal, null, null, now);
	}

	/** The store says how satisfied it is; only once the problem is solved, and only once. */
	void rate(int score, String comment, String by, Instant now) {
		List<FieldProblem> problems = new ArrayList<>();
		if (score < 1 || score > 5) {
			problems.add(new FieldProblem("score", "from 1 to 5"));
		}
		text(problems, "comment", comment, 2000, false);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		if (!status.solved()) {
			throw new Conflict("status", "Ticket " + number + " is " + status + "; it can be rated once it is resolved.");
		}
		if (rating != null) {
			throw new Conflict("score", "Ticket " + number + " was already rated.");
		}
		rating = new Rating(score, blankToNull(comment), now);
		touch(now);
		newEntries.add(new TimelineEntry(null, "RATING", by, score + (comment == null || comment.isBlank() ? "" : " · " + comment.strip()),
				false, null, null, now));
	}

	void watch(String username) {
		watchers.add(username);
	}

	void link(LinkKind kind, long target) {
		if (kind == LinkKind.CHILD_OF) {
			throw new InvalidInput("kind", "a ticket becomes a child of a major incident through the incident's children");
		}
		if (id != null && id == target) {
			throw new InvalidInput("target", "a ticket cannot be linked to itself");
		}
		links.add(new TicketLink(kind, target));
	}

	void attached(String filename, String by, Instant now) {
		touch(now);
		newEntries.add(new TimelineEntry(null, "ATTACHMENT", by, filename, false, null, null, now));
	}

	private void touch(Instant now) {
		updatedAt = now;
	}

	private static void checkComment(String text, String field) {
		if (text != null && text.length() > COMMENT_MAX) {
			throw new InvalidInput(field, "at most " + COMMENT_MAX + " characters");
		}
	}

	private static String describe(Assignment a) {
		// Language-neutral, since the line is shown in every language: username, tier, and ids of team and vendor.
		List<String> parts = new ArrayList<>();
		if (a.agent() != null) {
			parts.add(a.agent());
		}
		if (a.team() != null) {
			parts.add("T#" + a.team());
		}
		if (a.vendor() != null) {
			parts.add("V#" + a.vendor());
		}
		if (a.tier() != null) {
			parts.add(a.tier().name());
		}
		return parts.isEmpty() ? "-" : String.join(", ", parts);
	}

	private static void required(List<FieldProblem> problems, String field, Object value) {
		if (value == null) {
			problems.add(new FieldProblem(field, "required"));
		}
	}

	private static void text(List<FieldProblem> problems, String field, String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(new FieldProblem(field, "required"));
			}
		}
		else if (value.strip().length() > max) {
			problems.add(new FieldProblem(field, "at most " + max + " characters"));
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** What the audit trail keeps of the ticket: no descriptions or comments, which may hold personal data. */
	Map<String, Object> snapshot() {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("number", number);
		out.put("status", status.name());
		out.put("priority", priority.name());
		out.put("category", category);
		out.put("team", assignment.team());
		out.put("agent", assignment.agent());
		out.put("vendor", assignment.vendor());
		out.put("tier", assignment.tier() == null ? null : assignment.tier().name());
		out.put("rating", rating == null ? null : rating.score());
		if (major) {
			out.put("major", true);
		}
		if (parentId != null) {
			out.put("parent", parentId);
		}
		return out;
	}

	/** Watchers added since the ticket was loaded or last saved. */
	List<String> unsavedWatchers() {
		return watchers.stream().filter(w -> !savedWatchers.contains(w)).toList();
	}

	/** Links added since the ticket was loaded or last saved. */
	List<TicketLink> unsavedLinks() {
		return links.stream().filter(l -> !savedLinks.contains(l)).toList();
	}

	/** What the repository has just loaded or written is stored. */
	void partsSaved() {
		savedWatchers.addAll(watchers);
		savedLinks.addAll(links);
	}

	List<TimelineEntry> drainEntries() {
		List<TimelineEntry> out = List.copyOf(newEntries);
		newEntries.clear();
		return out;
	}

	List<Object> drainEvents() {
		List<Object> out = List.copyOf(events);
		events.clear();
		return out;
	}

	void versionSaved(int saved) {
		this.version = saved;
	}

	Long id() { return id; }
	String number() { return number; }
	TicketType type() { return type; }
	long storeId() { return storeId; }
	long regionId() { return regionId; }
	String reporter() { return reporter; }
	String category() { return category; }
	String device() { return device; }
	Level impact() { return impact; }
	Level urgency() { return urgency; }
	Priority priority() { return priority; }
	String subject() { return subject; }
	String description() { return description; }
	TicketStatus status() { return status; }
	Assignment assignment() { return assignment; }
	Rating rating() { return rating; }
	Instant createdAt() { return createdAt; }
	Instant updatedAt() { return updatedAt; }
	int version() { return version; }
	Set<String> watchers() { return Set.copyOf(watchers); }
	Set<TicketLink> links() { return Set.copyOf(links); }
	Map<String, Object> fields() { return fields; }
	boolean major() { return major; }
	String majorReason() { return majorReason; }
	Long parentId() { return parentId; }
	Instant resolvedAt() { return resolvedAt; }
}
