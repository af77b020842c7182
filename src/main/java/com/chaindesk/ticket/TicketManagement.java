package com.chaindesk.ticket;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import com.chaindesk.audit.AuditEvent;
import com.chaindesk.audit.AuditTrail;
import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.StoreRef;
import com.chaindesk.org.TeamManagement;
import com.chaindesk.org.VendorManagement;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.Conflict;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.FieldProblem;
import com.chaindesk.platform.InvalidInput;
import com.chaindesk.platform.NotFound;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.OutsideScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening and working tickets on behalf of the current actor. Each change is checked against {@link TicketAccess},
 * kept by the {@link Ticket}'s own rules, audited and its events published in the same transaction (the event
 * publication registry keeps them until every listener has run).
 */
@Service
@Transactional
public class TicketManagement {

	private final Tickets tickets;
	private final TicketAccess access;
	private final TicketCategories categories;
	private final TicketQueries queries;
	private final OrgDirectory directory;
	private final TeamManagement teams;
	private final VendorManagement vendors;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final CustomFields customFields;
	private final MajorIncidentPolicy majorIncidents;
	private final TicketSignals signals;
	private final Clock clock;
	/** Automatic dispatch when the dispatch module is there (a test of the ticket module alone has none). */
	private final Optional<OpeningDispatch> openingDispatch;

	TicketManagement(Tickets tickets, TicketAccess access, TicketCategories categories, TicketQueries queries,
			OrgDirectory directory, TeamManagement teams, VendorManagement vendors, AuditTrail audit,
			ApplicationEventPublisher events, CustomFields customFields, MajorIncidentPolicy majorIncidents,
			TicketSignals signals, Clock clock, List<OpeningDispatch> openingDispatch) {
		// Resolved once: asking the bean factory on every opening showed in the profile.
		this.openingDispatch = openingDispatch.stream().findFirst();
		this.customFields = customFields;
		this.majorIncidents = majorIncidents;
		this.signals = signals;
		this.clock = clock;
		this.tickets = tickets;
		this.access = access;
		this.categories = categories;
		this.queries = queries;
		this.directory = directory;
		this.teams = teams;
		this.vendors = vendors;
		this.audit = audit;
		this.events = events;
	}

	public TicketView open(NewTicket draft) {
		Actor actor = CurrentActor.get();
		StoreRef store = null;
		if (draft.store() != null) {
			store = directory.store(draft.store()).orElse(null);
			if (store == null) {
				throw new InvalidInput("store", "unknown store: " + draft.store());
			}
			if (!access.mayOpenFor(actor, store.id(), store.regionId())) {
				throw new OutsideScope("You may open tickets only for stores in your scope.");
			}
		}
		StoreRef at = store;
		Ticket ticket = Ticket.open(draft, at == null ? 0 : at.regionId(), actor.username(),
				code -> at != null && categories.knows(at, code),
				at == null ? java.util.List.of() : customFields.forCategory(at, draft.category()), now());
		Map<String, Object> reported = ticket.snapshot();
		// Dispatched before it is stored: the row is written held, in one insert, and the store is told who has it.
		Optional<OpeningDispatch.Choice> choice = at == null ? Optional.empty() : firstHolder(ticket, at);
		choice.ifPresent(c -> ticket.dispatchOnOpening(c.assignment()));
		// The row is written with the SLA its clocks are about to start on: queues see the due time at once, and
		// the clocks, started just before commit, leave the row alone when they agree.
		TicketSla forecast = queries.forecastOf(ticket);
		List<TimelineEntry> lines = tickets.add(ticket, forecast == null ? List.of() : forecast.openingMarks());
		reported.put("number", ticket.number());
		audit.record(new AuditEvent("ticket.opened", "ticket", ticket.id().toString(), scopeOf(ticket), null, reported));
		choice.ifPresent(c -> {
			audit.record(new AuditEvent("ticket.assigned", "ticket", ticket.id().toString(), scopeOf(ticket), reported,
					ticket.snapshot()));
			c.taken(ticket.id(), ticket.number());
		});
		publish(ticket);
		signals.changed(ticket, null);
		return queries.viewOfOpened(ticket, actor, forecast, lines);
	}

	private Optional<OpeningDispatch.Choice> firstHolder(Ticket ticket, StoreRef store) {
		return openingDispatch.flatMap(dispatch -> dispatch.choose(new OpeningDispatch.Opening(store.id(),
				store.regionId(), ticket.category(), ticket.priority(), ticket.createdAt())));
	}

	/** Moves a ticket along its lifecycle; a refused move names where it may go instead. */
	public TicketView move(long id, TicketStatus to, String comment) {
		Actor actor = CurrentActor.get();
		if (to == null) {
			throw new InvalidInput("to", "required");
		}
		Ticket ticket = visible(id, actor);
		if (!access.mayMove(actor, ticket.status(), to)) {
			throw new OutsideScope("Your role may not move this ticket to " + to + ".");
		}
		Map<String, Object> before = ticket.snapshot();
		ticket.moveTo(to, actor.username(), comment, now());
		TicketView moved = save(ticket, "ticket.moved", before, actor);
		if (to == TicketStatus.RESOLVED && ticket.major()) {
			resolveChildren(ticket, actor);
		}
		return moved;
	}

	/** Every open child of a resolved major incident is resolved with it, each audited and its events published. */
	private void resolveChildren(Ticket parent, Actor actor) {
		for (Ticket child : tickets.childrenForUpdate(parent.id())) {
			if (child.status().solved()) {
				continue;
			}
			Map<String, Object> before = child.snapshot();
			child.resolveWithParent(parent, actor.username(), now());
			saveQuietly(child, "ticket.resolved-with-major-incident", before);
		}
	}

	/**
	 * Declares a ticket a major incident: one problem that hits many stores, whose store tickets are then linked under
	 * it.
	 */
	public TicketView declareMajor(long id, String reason) {
		Actor actor = CurrentActor.get();
		Ticket ticket = visible(id, actor);
		if (!majorIncidents.mayRun(actor)) {
			throw new OutsideScope("Only the service desk, engineers and HQ admins declare major incidents.");
		}
		Map<String, Object> before = ticket.snapshot();
		ticket.declareMajor(reason, actor.username(), now());
		return save(ticket, "ticket.major-declared", before, actor);
	}

	/** Links a store's ticket under a major incident; both must be in the caller's scope. */
	public TicketView linkChild(long parentId, Long childId) {
		Actor actor = CurrentActor.get();
		if (childId == null) {
			throw new InvalidInput("ticket", "required");
		}
		Ticket parent = visible(parentId, actor);
		if (!majorIncidents.mayRun(actor)) {
			throw new OutsideScope("Only the service desk, engineers and HQ admins link tickets under a major incident.");
		}
		if (childId == parentId) {
			throw new InvalidInput("ticket", "a ticket cannot be a child of itself");
		}
		Ticket child = tickets.findForUpdate(childId).orElseThrow(() -> new InvalidInput("ticket", "unknown ticket: " + childId));
		if (!access.sees(actor, child)) {
			throw new OutsideScope("Ticket " + childId + " is outside your scope.");
		}
		Map<String, Object> parentBefore = parent.snapshot();
		Map<String, Object> childBefore = child.snapshot();
		parent.adopt(child, actor.username(), now());
		saveQuietly(child, "ticket.linked-to-major-incident", childBefore);
		return save(parent, "ticket.child-linked", parentBefore, actor);
	}

	/**
	 * Gives a ticket a new holder, if the caller saw the version now stored: of two agents taking one ticket at once,
	 * one wins and the other is told it changed.
	 */
	public TicketView assign(long id, Assignment next, Integer version) {
		Actor actor = CurrentActor.get();
		if (version == null) {
			throw new InvalidInput("version", "required");
		}
		Ticket ticket = holderChangeable(id, actor, next, version);
		Map<String, Object> before = ticket.snapshot();
		ticket.assign(next, actor.username(), now());
		return save(ticket, "ticket.assigned", before, actor);
	}

	/**
	 * Hands a ticket on, up a tier or out to a vendor, with the reason as an internal note: one change, one version,
	 * and no view built, because escalation on breach runs for every ticket whose resolution target passes. The same
	 * guards as {@link #assign}: the caller's scope and role, and the version the caller saw.
	 */
	public void handOver(long id, Assignment next, int version, String note) {
		Actor actor = CurrentActor.get();
		Ticket ticket = holderChangeable(id, actor, next, version);
		Map<String, Object> before = ticket.snapshot();
		Instant now = now();
		ticket.assign(next, actor.username(), now);
		ticket.comment(actor.username(), note, true, now);
		if (!actor.equals(Actor.SYSTEM)) {
			ticket.watch(actor.username()); // who escalates follows what happens next
		}
		saveQuietly(ticket, "ticket.assigned", before);
		signals.changed(ticket, (Long) before.get("vendor"));
	}

	/**
	 * An internal note ChainDesk itself writes on a ticket (an SLA warning or breach), with the people it told made
	 * watchers: audited and signalled like any note, but timers write it for thousands of tickets, so the ticket is
	 * not loaded and no view is built. The note may name who holds the ticket: it is written from the holder read
	 * under the ticket's row lock, in the statement that stamps the ticket, so it names whoever holds it when the
	 * note lands.
	 */
	public void noteAsSystem(long id, Function<Assignment, String> text, Collection<String> newWatchers) {
		Instant now = now();
		Ticket ticket = tickets.stampForNote(id, now).orElseThrow(() -> new NotFound("ticket", id));
		tickets.addLines(id, List.of(Ticket.commentLine(Actor.SYSTEM.username(), text.apply(ticket.assignment()), true, now)));
		Map<String, Object> snapshot = ticket.snapshot();
		if (!newWatchers.isEmpty()) {
			Set<String> before = new TreeSet<>(tickets.watchers(id));
			Set<String> after = new TreeSet<>(before);
			after.addAll(newWatchers);
			tickets.addWatchers(id, newWatchers);
			audit.record(new AuditEvent("ticket.watcher-added", "ticket", Long.toString(id), scopeOf(ticket),
					Map.of("watchers", before), Map.of("watchers", after)));
		}
		audit.record(new AuditEvent("ticket.noted", "ticket", Long.toString(id), scopeOf(ticket), snapshot, snapshot));
		signals.changed(ticket, ticket.assignment().vendor());
	}

	public TicketView comment(long id, String text, boolean internal) {
		Actor actor = CurrentActor.get();
		Ticket ticket = visible(id, actor);
		if (internal && !access.seesInternal(actor)) {
			throw new OutsideScope("Store people write public comments only.");
		}
		Map<String, Object> before = ticket.snapshot();
		ticket.comment(actor.username(), text, internal, now());
		ticket.watch(actor.username());
		TicketView commented = save(ticket, internal ? "ticket.noted" : "ticket.commented", before, actor);
		if (ticket.major() && !internal && majorIncidents.mayRun(actor)) {
			// The desk speaks to every affected store at once; a store's own remark on the incident stays there.
			for (Ticket child : tickets.childrenForUpdate(ticket.id())) {
				Map<String, Object> childBefore = child.snapshot();
				child.hearFromParent(ticket, actor.username(), text, now());
				saveQuietly(child, "ticket.major-incident-update", childBefore);
			}
		}
		return commented;
	}

	public TicketView rate(long id, Integer score, String comment) {
		Actor actor = CurrentActor.get();
		if (score == null) {
			throw new InvalidInput("score", "required");
		}
		Ticket ticket = visible(id, actor);
		if (!access.mayRate(actor)) {
			throw new OutsideScope("Only the store rates how its problem was solved.");
		}
		Map<String, Object> before = ticket.snapshot();
		ticket.rate(score, comment, actor.username(), now());
		return save(ticket, "ticket.rated", before, actor);
	}

	public TicketView watch(long id) {
		Actor actor = CurrentActor.get();
		Ticket ticket = visible(id, actor);
		Map<String, Object> before = ticket.snapshot();
		ticket.watch(actor.username());
		return save(ticket, "ticket.watched", before, actor);
	}

	/**
	 * Makes someone else a watcher, so the ticket shows in their watched list: the desk (or ChainDesk itself) bringing
	 * a region manager in. Store people cannot add others.
	 */
	public TicketView watchFor(long id, String username) {
		Actor actor = CurrentActor.get();
		if (username == null || username.isBlank()) {
			throw new InvalidInput("username", "required");
		}
		Ticket ticket = visible(id, actor);
		if (!access.seesInternal(actor)) {
			throw new OutsideScope("Store people add only themselves as watchers.");
		}
		Map<String, Object> before = Map.of("watchers", new java.util.TreeSet<>(ticket.watchers()));
		ticket.watch(username.strip());
		tickets.update(ticket);
		audit.record(new AuditEvent("ticket.watcher-added", "ticket", ticket.id().toString(), scopeOf(ticket), before,
				Map.of("watchers", new java.util.TreeSet<>(ticket.watchers()))));
		publish(ticket);
		return queries.view(ticket, actor);
	}

	public TicketView link(long id, LinkKind kind, long target) {
		Actor actor = CurrentActor.get();
		if (kind == null) {
			throw new InvalidInput("kind", "required");
		}
		Ticket ticket = visible(id, actor);
		tickets.find(target).filter(t -> access.sees(actor, t)).orElseThrow(() -> new InvalidInput("target", "unknown ticket: " + target));
		Map<String, Object> before = ticket.snapshot();
		ticket.link(kind, target);
		return save(ticket, "ticket.linked", before, actor);
	}

	/** Attaches a file after checking its size and its real type (from its first bytes). */
	public AttachmentView attach(long id, String filename, String claimedType, byte[] content) {
		Actor actor = CurrentActor.get();
		Ticket ticket = visible(id, actor);
		if (content.length > AttachmentPolicy.MAX_BYTES) {
			throw new AttachmentRefused(AttachmentRefused.Reason.TOO_LARGE, "The file is " + content.length
					+ " bytes; a ticket takes files of at most 10 MB (" + AttachmentPolicy.MAX_BYTES + " bytes).");
		}
		if (content.length == 0) {
			throw new InvalidInput("file", "the file is empty");
		}
		String type = AttachmentPolicy.detect(content, claimedType).orElseThrow(() -> new AttachmentRefused(
				AttachmentRefused.Reason.UNSUPPORTED_TYPE, "This kind of file cannot be attached. Attach a photo (JPEG, PNG, WebP),"
						+ " a voice note (WAV, MP3, WebM, AMR), a PDF or plain text."));
		String name = filename == null || filename.isBlank() ? "attachment" : filename.strip();
		name = name.length() > 200 ? name.substring(name.length() - 200) : name;
		Map<String, Object> before = ticket.snapshot();
		long attachmentId = tickets.addAttachment(ticket.id(), name, type, content, actor.username(), now());
		ticket.attached(name, actor.username(), now());
		save(ticket, "ticket.attached", before, actor);
		return tickets.attachments(ticket.id()).stream().filter(a -> a.id() == attachmentId).findFirst().orElseThrow();
	}

	/** The ticket, locked, if this actor may give it this holder at the version they saw. */
	private Ticket holderChangeable(long id, Actor actor, Assignment next, int version) {
		Ticket ticket = visible(id, actor);
		if (!access.mayAssign(actor, next)) {
			throw new OutsideScope("Your role may not change who holds this ticket.");
		}
		checkVersion(ticket, version);
		checkHolders(next);
		return ticket;
	}

	private static void checkVersion(Ticket ticket, int version) {
		if (version != ticket.version()) {
			throw new Conflict("version", "Ticket " + ticket.number() + " was changed by someone else since you loaded it"
					+ " (you have version " + version + ", it is now " + ticket.version() + "). Reload it and try again.");
		}
	}

	private void checkHolders(Assignment next) {
		List<FieldProblem> problems = new ArrayList<>();
		if (next.team() != null) {
			try {
				teams.find(next.team());
			}
			catch (NotFound e) {
				problems.add(new FieldProblem("team", "unknown team: " + next.team()));
			}
		}
		if (next.vendor() != null) {
			try {
				vendors.find(next.vendor());
			}
			catch (NotFound e) {
				problems.add(new FieldProblem("vendor", "unknown vendor: " + next.vendor()));
			}
		}
		if (next.agent() != null && (next.agent().isBlank() || next.agent().length() > 60)) {
			problems.add(new FieldProblem("agent", "a username of 1 to 60 characters"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	private Ticket visible(long id, Actor actor) {
		return tickets.findForUpdate(id).filter(t -> access.sees(actor, t)).orElseThrow(() -> new NotFound("ticket", id));
	}

	private TicketView save(Ticket ticket, String action, Map<String, Object> before, Actor actor) {
		tickets.update(ticket);
		audit.record(new AuditEvent(action, "ticket", ticket.id().toString(), scopeOf(ticket), before, ticket.snapshot()));
		publish(ticket);
		signals.changed(ticket, (Long) before.get("vendor"));
		return queries.view(ticket, actor);
	}

	/** Saves, audits and publishes a ticket changed alongside the one the caller asked about. */
	private void saveQuietly(Ticket ticket, String action, Map<String, Object> before) {
		tickets.update(ticket);
		audit.record(new AuditEvent(action, "ticket", ticket.id().toString(), scopeOf(ticket), before, ticket.snapshot()));
		publish(ticket);
	}

	private void publish(Ticket ticket) {
		ticket.drainEvents().forEach(events::publishEvent);
	}

	private static OrgScope scopeOf(Ticket ticket) {
		return OrgScope.store(ticket.storeId(), ticket.regionId());
	}

	/** Now, to the microsecond PostgreSQL keeps: the times events carry are the times stored. */
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}
}
