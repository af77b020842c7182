package com.chaindesk.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.chaindesk.audit.AuditEvent;
import com.chaindesk.audit.AuditTrail;
import com.chaindesk.org.StoreRef;
import com.chaindesk.org.TeamView;
import com.chaindesk.org.Tier;
import com.chaindesk.org.VendorManagement;
import com.chaindesk.org.VendorView;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.Conflict;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.InvalidInput;
import com.chaindesk.platform.NotFound;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.OutsideScope;
import com.chaindesk.platform.Role;
import com.chaindesk.ticket.Assignment;
import com.chaindesk.ticket.TicketManagement;
import com.chaindesk.ticket.TicketQueries;
import com.chaindesk.ticket.TicketRouting;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-step escalation: L1 -> L2 (the store region's L2 team if it has one, else HQ's) -> L3, or out to a vendor, always
 * with a reason. The ticket's own timeline gets the reason as an internal note, dispatch keeps the history, and the
 * SLA clocks keep running.
 */
@Service
@Transactional
public class Escalations {

	/** Where to escalate to; {@code to} null means the next tier up. */
	public enum Target {
		L2, L3, VENDOR
	}

	private final Routes routes;
	private final DecisionLog decisions;
	private final TicketManagement tickets;
	private final TicketQueries queries;
	private final VendorManagement vendors;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final EscalationNote notes;

	Escalations(Routes routes, DecisionLog decisions, TicketManagement tickets, TicketQueries queries,
			VendorManagement vendors, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
			EscalationNote notes) {
		this.clock = clock;
		this.notes = notes;
		this.routes = routes;
		this.decisions = decisions;
		this.tickets = tickets;
		this.queries = queries;
		this.vendors = vendors;
		this.audit = audit;
		this.events = events;
	}

	public Route escalate(long ticketId, String reason, Target to, Long vendorId) {
		Actor actor = CurrentActor.get();
		if (!actor.hasAny(Role.HQ_ADMIN, Role.L1_AGENT, Role.ENGINEER, Role.REGION_MANAGER)
				|| actor.scope().level() == OrgScope.Level.STORE || actor.scope().level() == OrgScope.Level.VENDOR) {
			throw new OutsideScope("Only the service desk escalates tickets.");
		}
		if (reason == null || reason.isBlank()) {
			throw new InvalidInput("reason", "required: say why the ticket goes up");
		}
		if (reason.length() > 1000) {
			throw new InvalidInput("reason", "at most 1000 characters");
		}
		TicketRouting ticket = queries.routingOf(ticketId);
		Tier from = tierOf(ticket);
		StoreRef store = routes.store(ticket.storeId());
		Route route;
		if (to == Target.VENDOR) {
			if (vendorId == null) {
				throw new InvalidInput("vendor", "required when escalating to a vendor");
			}
			VendorView vendor = findVendor(vendorId);
			if (!"ACTIVE".equals(vendor.status())) {
				throw new InvalidInput("vendor", "vendor " + vendor.code() + " is closed");
			}
			if (vendorId.equals(ticket.assignment().vendor())) {
				throw new Conflict("vendor", "Ticket " + ticket.number() + " is already with " + vendor.code() + ".");
			}
			route = new Route(null, ticket.assignment().team(), null, from, vendor.id(), vendor.code(), null,
					"escalated to vendor " + vendor.code());
		}
		else {
			Tier next = to == null ? up(from, ticket) : Tier.valueOf(to.name());
			if (next.ordinal() <= from.ordinal()) {
				throw new Conflict("to", "Ticket " + ticket.number() + " is at " + from + " already; escalate to a higher tier or a vendor.");
			}
			TeamView team = routes.teamOfTier(next, ticket.regionId())
					.orElseThrow(() -> new Conflict("to", "There is no active " + next + " team to escalate to."));
			route = toTeam(ticket, from, next, team, store);
		}
		return handOver(ticket, from, store, route, reason.strip(), actor);
	}

	/**
	 * The breach action "escalate a tier": one tier up, if there is one. A ticket that is solved, with a vendor, at
	 * L3, or in a region without an active team of the next tier stays where it is. That is a decision, not a failure,
	 * so none of them throws: the escalation runs inside the breach's own transaction, and an exception would undo
	 * the breach.
	 */
	Optional<Route> upOnBreach(long ticketId, String reason) {
		TicketRouting ticket = queries.routingOf(ticketId);
		Tier from = tierOf(ticket);
		if (ticket.status().solved() || ticket.assignment().vendor() != null || from == Tier.L3) {
			return Optional.empty();
		}
		Tier next = up(from, ticket);
		Optional<TeamView> team = routes.teamOfTier(next, ticket.regionId());
		if (team.isEmpty()) {
			return Optional.empty();
		}
		StoreRef store = routes.store(ticket.storeId());
		return Optional.of(handOver(ticket, from, store, toTeam(ticket, from, next, team.get(), store), reason,
				CurrentActor.get()));
	}

	private Route toTeam(TicketRouting ticket, Tier from, Tier next, TeamView team, StoreRef store) {
		TicketSample sample = new TicketSample(ticket.storeId(), ticket.regionId(), ticket.category(), ticket.priority());
		return routes.toTeam(null, team, next, sample, store, "escalated " + from + " -> " + next + " to " + team.code());
	}

	/** The hand-over itself: the ticket with its note, dispatch's history, the audit trail and the event. */
	private Route handOver(TicketRouting ticket, Tier from, StoreRef store, Route route, String reason, Actor actor) {
		tickets.handOver(ticket.id(), new Assignment(route.team(), route.agent(), route.vendor(), route.tier()),
				ticket.version(), route.vendor() != null
						? notes.toVendor(store, route.vendorCode(), reason)
						: notes.toTier(store, from, route, reason));
		Instant now = clock.instant();
		decisions.record(new DispatchDecision(ticket.id(), "ESCALATION", null, from, route.team(), route.tier(),
				route.vendor(), route.agent(), reason, actor.username(), now));
		Map<String, Object> before = holder(ticket.assignment());
		Map<String, Object> after = holder(new Assignment(route.team(), route.agent(), route.vendor(), route.tier()));
		after.put("reason", reason);
		audit.record(new AuditEvent("dispatch.escalated", "ticket", Long.toString(ticket.id()),
				OrgScope.store(ticket.storeId(), ticket.regionId()), before, after));
		events.publishEvent(new TicketEscalated(ticket.id(), ticket.number(), ticket.storeId(), ticket.regionId(), from,
				route.tier(), route.team(), route.vendor(), route.agent(), reason, actor.username(), now));
		return route;
	}

	@Transactional(readOnly = true)
	public List<DispatchDecision> history(long ticketId) {
		queries.routingOf(ticketId); // 404 outside the reader's scope
		return decisions.of(ticketId);
	}

	private static Tier tierOf(TicketRouting ticket) {
		return ticket.assignment().tier() == null ? Tier.L1 : ticket.assignment().tier();
	}

	private static Tier up(Tier from, TicketRouting ticket) {
		return switch (from) {
			case L1 -> Tier.L2;
			case L2 -> Tier.L3;
			case L3 -> throw new Conflict("to", "Ticket " + ticket.number() + " is with L3 experts already; only a vendor is left.");
		};
	}

	private VendorView findVendor(long id) {
		try {
			return vendors.find(id);
		}
		catch (NotFound e) {
			throw new InvalidInput("vendor", "unknown vendor: " + id);
		}
	}

	private static Map<String, Object> holder(Assignment a) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("team", a.team());
		out.put("agent", a.agent());
		out.put("vendor", a.vendor());
		out.put("tier", a.tier() == null ? null : a.tier().name());
		return out;
	}
}
