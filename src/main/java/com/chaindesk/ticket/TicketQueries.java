package com.chaindesk.ticket;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.chaindesk.config.TicketCategory;
import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.StoreRef;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.InvalidInput;
import com.chaindesk.platform.NotFound;
import com.chaindesk.platform.OutsideScope;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading tickets as the current actor may see them; a ticket outside the scope is reported as missing. */
@Service
@Transactional(readOnly = true)
public class TicketQueries {

	private final Tickets tickets;
	private final TicketAccess access;
	private final TicketCategories categories;
	private static final String OPEN = "t.status not in ('RESOLVED', 'CLOSED')";

	private final OrgDirectory directory;
	private final CustomFields customFields;
	private final MajorIncidentPolicy majorIncidents;
	private final MessageSource messages;
	private final Duration breachingSoon;
	private final ObjectProvider<TicketSlaForecast> forecasts;

	TicketQueries(Tickets tickets, TicketAccess access, TicketCategories categories, OrgDirectory directory,
			CustomFields customFields, MajorIncidentPolicy majorIncidents, MessageSource messages,
			@Value("${chaindesk.ticket.breaching-soon:PT1H}") Duration breachingSoon,
			ObjectProvider<TicketSlaForecast> forecasts) {
		this.forecasts = forecasts;
		this.tickets = tickets;
		this.access = access;
		this.categories = categories;
		this.directory = directory;
		this.breachingSoon = breachingSoon;
		this.customFields = customFields;
		this.majorIncidents = majorIncidents;
		this.messages = messages;
	}

	/** The store tickets linked under a major incident that the reader sees. */
	public List<TicketSummary> children(long id) {
		Actor actor = CurrentActor.get();
		Ticket parent = tickets.find(id).filter(t -> access.sees(actor, t)).orElseThrow(() -> new NotFound("ticket", id));
		return tickets.children(parent.id()).stream().filter(r -> access.sees(actor, r.ticket())).map(TicketQueries::summary)
				.toList();
	}

	/** The id of the ticket with this number, if the reader sees it. */
	public java.util.Optional<Long> idOf(String number) {
		Actor actor = CurrentActor.get();
		return tickets.idOf(number == null ? "" : number.strip().toUpperCase(Locale.ROOT))
				.flatMap(tickets::find).filter(t -> access.sees(actor, t)).map(Ticket::id);
	}

	/**
	 * The custom fields a report at a store asks, for one category or (category null) for all of them.
	 *
	 * @throws OutsideScope for a store outside the reader's scope
	 */
	public List<CustomField> customFields(Long storeId, String category) {
		StoreRef store = storeFor(storeId);
		return category == null || category.isBlank() ? customFields.at(store) : customFields.forCategory(store, category);
	}

	/** The custom fields of a ticket's category at its store, for anyone who may see the ticket (vendors too). */
	public List<CustomField> customFieldsOf(long ticketId) {
		Actor actor = CurrentActor.get();
		Ticket t = tickets.find(ticketId).filter(x -> access.sees(actor, x)).orElseThrow(() -> new NotFound("ticket", ticketId));
		return directory.store(t.storeId()).map(store -> customFields.forCategory(store, t.category())).orElse(List.of());
	}

	/**
	 * Where a ticket stands, read lightly and without a scope check: for the system's own timers and listeners
	 * (an SLA alarm asks whether its clock still runs), never for showing to a person.
	 */
	public java.util.Optional<TicketState> stateOf(long id) {
		return tickets.state(id);
	}

	/** {@link #stateOf} for many tickets in one read (a batch of SLA alarms), by ticket id; missing ones left out. */
	public Map<Long, TicketState> statesOf(Collection<Long> ids) {
		Map<Long, TicketState> states = new HashMap<>();
		if (!ids.isEmpty()) {
			tickets.states(ids).forEach(s -> states.put(s.id(), s));
		}
		return states;
	}

	/**
	 * Where a ticket comes from, what it is about and who holds it, for routing it on: one row, no timeline or clocks.
	 *
	 * @throws NotFound also for a ticket outside the reader's scope
	 */
	public TicketRouting routingOf(long id) {
		Actor actor = CurrentActor.get();
		return tickets.routing(id)
				.filter(t -> access.sees(actor, t.storeId(), t.regionId(), t.assignment().vendor()))
				.orElseThrow(() -> new NotFound("ticket", id));
	}

	public TicketView find(long id) {
		Actor actor = CurrentActor.get();
		Ticket ticket = tickets.find(id).filter(t -> access.sees(actor, t)).orElseThrow(() -> new NotFound("ticket", id));
		return view(ticket, actor);
	}

	public TicketPage search(TicketFilter filter, int page, int size) {
		Actor actor = CurrentActor.get();
		if (page < 0) {
			throw new InvalidInput("page", "0 or more");
		}
		if (size < 1 || size > 100) {
			throw new InvalidInput("size", "from 1 to 100");
		}
		Duration within = filter.breachingWithin();
		if (within == null && filter.queue() == TicketQueue.BREACHING) {
			within = breachingSoon;
		}
		if (within != null && within.isNegative()) {
			throw new InvalidInput("breachingWithin", "a duration of 0 or more, such as PT1H");
		}
		TicketAccess.Condition where = access.condition(actor);
		if (filter.queue() != null) {
			where = where.and(queue(filter.queue(), actor));
		}
		if (filter.store() != null) {
			where = where.and("t.store_id = ?", filter.store());
		}
		if (filter.status() != null) {
			where = where.and("t.status = ?", filter.status().name());
		}
		if (filter.team() != null) {
			where = where.and("t.team_id = ?", filter.team());
		}
		if (filter.assignee() != null && !filter.assignee().isBlank()) {
			where = switch (filter.assignee()) {
				case "none" -> where.and("t.agent is null");
				case "me" -> where.and("t.agent = ?", actor.username());
				default -> where.and("t.agent = ?", filter.assignee());
			};
		}
		TicketOrder order = TicketOrder.NEWEST;
		if (within != null) {
			where = where.and(breaching(within));
			order = TicketOrder.SLA_DUE;
		}
		Tickets.TicketRows rows = tickets.search(where, order, page, size);
		List<TicketSummary> content = rows.rows().stream().map(TicketQueries::summary).toList();
		Map<Long, StoreRef> stores = directory.stores(content.stream().map(TicketSummary::storeId).collect(Collectors.toSet()));
		Map<String, String> agents = directory.agentNames(content.stream().map(t -> t.assignment().agent())
				.filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
		return new TicketPage(content, Math.min(rows.total(), Tickets.COUNT_CAP), page, size, stores, agents,
				rows.total() > Tickets.COUNT_CAP);
	}

	/**
	 * How many open tickets each work queue holds for the reader, in one statement; the "all" list (history
	 * included) has no count: counting a chain's whole history on every page view costs more than it tells.
	 */
	public Map<TicketQueue, Long> queueCounts() {
		Actor actor = CurrentActor.get();
		TicketAccess.Condition scope = access.condition(actor);
		List<TicketQueue> queues = java.util.Arrays.stream(TicketQueue.values()).filter(q -> q != TicketQueue.ALL).toList();
		List<Long> counts = tickets.countOpen(queues.stream().map(q -> scope.and(queue(q, actor))).toList());
		Map<TicketQueue, Long> out = new java.util.EnumMap<>(TicketQueue.class);
		for (int i = 0; i < queues.size(); i++) {
			out.put(queues.get(i), counts.get(i));
		}
		return out;
	}

	private TicketAccess.Condition queue(TicketQueue queue, Actor actor) {
		TicketAccess.Condition open = new TicketAccess.Condition(OPEN, List.of());
		return switch (queue) {
			case MINE -> open.and("t.agent = ?", actor.username());
			case TEAM -> actor.scope().vendorId() != null ? open.and("t.vendor_id = ?", actor.scope().vendorId())
					: directory.teamOf(actor.username()).map(team -> open.and("t.team_id = ?", team))
							.orElse(open.and("false"));
			case UNASSIGNED -> open.and("t.agent is null");
			case BREACHING -> breaching(breachingSoon);
			case ALL -> new TicketAccess.Condition("true", List.of());
		};
	}

	/** Matches the partial index ticket_open_sla_due. */
	private TicketAccess.Condition breaching(Duration within) {
		return new TicketAccess.Condition(OPEN, List.of()).and("t.sla_due_at is not null")
				.and("t.sla_due_at <= ?", java.sql.Timestamp.from(java.time.Instant.now().plus(within)));
	}

	/**
	 * The category tree a store sees; {@code storeId} may be null for store people (their own store).
	 *
	 * @throws OutsideScope for a store outside the reader's scope
	 */
	public List<TicketCategory> categories(Long storeId) {
		return categories.of(storeFor(storeId));
	}

	/** The store a reader asks about, or their own; checked against their scope. */
	public StoreRef storeFor(Long storeId) {
		Actor actor = CurrentActor.get();
		Long id = storeId != null ? storeId : actor.scope().storeId();
		if (id == null) {
			throw new InvalidInput("store", "required");
		}
		StoreRef store = directory.store(id).orElseThrow(() -> new NotFound("store", id));
		if (!actor.scope().coversStore(store.id(), store.regionId())) {
			throw new OutsideScope("That store is outside your scope.");
		}
		return store;
	}

	public AttachmentFile attachment(long ticketId, long attachmentId) {
		find(ticketId);
		return tickets.attachment(ticketId, attachmentId).orElseThrow(() -> new NotFound("attachment", attachmentId));
	}

	/** The display name of a category code in a store's tree, or the code itself. */
	public String categoryName(StoreRef store, String code, Locale reader) {
		return TicketCategories.find(categories.of(store), code).map(c -> c.name(reader)).orElse(code);
	}

	TicketView view(Ticket t, Actor reader) {
		return view(t, reader, tickets.attachments(t.id()), slaOf(t));
	}

	/**
	 * A ticket just opened, inside its opening transaction: it has no attachments yet, its row was written with the
	 * forecast and its timeline is the lines just saved, so none of them is read back; the reporter gets the targets
	 * its clocks start on.
	 */
	TicketView viewOfOpened(Ticket t, Actor reader, TicketSla forecast, List<TimelineEntry> lines) {
		return view(t, reader, List.of(), forecast == null ? tickets.sla(t.id()) : forecast, lines);
	}

	/** The targets a ticket about to be opened will get; null when no SLA module is there to tell. */
	TicketSla forecastOf(Ticket t) {
		TicketSlaForecast forecast = forecasts.getIfAvailable();
		return forecast == null ? null
				: forecast.forecast(t.storeId(), t.regionId(), t.priority(), t.category(), t.createdAt());
	}

	private TicketView view(Ticket t, Actor reader, List<AttachmentView> attachments, TicketSla sla) {
		return view(t, reader, attachments, sla, tickets.timeline(t.id()));
	}

	private TicketView view(Ticket t, Actor reader, List<AttachmentView> attachments, TicketSla sla,
			List<TimelineEntry> lines) {
		boolean internal = access.seesInternal(reader);
		Locale locale = LocaleContextHolder.getLocale();
		List<TimelineEntry> timeline = lines.stream().filter(e -> internal || !e.internal())
				.map(e -> readable(e, locale)).toList();
		Set<TicketStatus> moves = TicketLifecycle.allowedFrom(t.status()).stream()
				.filter(to -> access.mayMove(reader, t.status(), to))
				.filter(to -> to != TicketStatus.ASSIGNED || t.assignment().holder())
				.collect(Collectors.toSet());
		return new TicketView(t.id(), t.number(), t.type(), t.storeId(), t.regionId(), t.reporter(), t.category(),
				t.device(), t.impact(), t.urgency(), t.priority(), t.subject(), t.description(), t.status(),
				t.assignment(), t.rating(), t.createdAt(), t.updatedAt(), t.version(), t.watchers(), t.links(), timeline,
				attachments, moves, access.mayAssign(reader, t.assignment()) && !access.storeSide(reader),
				access.mayRate(reader) && t.status().solved() && t.rating() == null, t.fields(), t.major(),
				t.majorReason(), t.parentId() == null ? null
						: new TicketRef(t.parentId(), tickets.number(t.parentId()).orElse("#" + t.parentId())),
				t.major() ? tickets.childCount(t.id()) : 0, majorIncidents.mayRun(reader), sla);
	}

	/**
	 * The SLA marked on the ticket's row; until the SLA module has marked it (just after the opening commits), the
	 * targets it is about to start, so the reporter learns them at once.
	 */
	private TicketSla slaOf(Ticket t) {
		TicketSla marked = tickets.sla(t.id());
		TicketSlaForecast forecast = forecasts.getIfAvailable();
		if (marked.known() || t.status().solved() || forecast == null) {
			return marked;
		}
		return forecast.forecast(t.storeId(), t.regionId(), t.priority(), t.category(), t.createdAt());
	}

	/** A line ChainDesk wrote itself reads in the reader's language, followed by whatever a person wrote on it. */
	private TimelineEntry readable(TimelineEntry e, Locale locale) {
		if (e.noteKey() == null) {
			return e;
		}
		String note = messages.getMessage(e.noteKey(), new Object[] { e.noteArg() }, e.noteKey(), locale);
		String text = e.text() == null || e.kind().equals("CHILD_OF") || e.kind().equals("CHILD") ? note
				: note + "\n" + e.text();
		return new TimelineEntry(e.id(), e.kind(), e.author(), text, e.internal(), e.from(), e.to(), e.at(), e.noteKey(),
				e.noteArg());
	}

	private static TicketSummary summary(Tickets.TicketRow row) {
		Ticket t = row.ticket();
		return new TicketSummary(t.id(), t.number(), t.type(), t.storeId(), t.category(), t.priority(), t.subject(),
				t.status(), t.assignment(), t.reporter(), t.createdAt(), t.updatedAt(), t.version(), row.sla());
	}
}
