package com.chaindesk.dispatch;

import java.time.Clock;

import com.chaindesk.audit.AuditEvent;
import com.chaindesk.audit.AuditTrail;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.InvalidInput;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.OutsideScope;
import com.chaindesk.platform.Role;
import com.chaindesk.org.StoreRef;
import com.chaindesk.ticket.Assignment;
import com.chaindesk.ticket.Priority;
import com.chaindesk.ticket.TicketManagement;
import com.chaindesk.ticket.TicketOpened;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives every newly opened ticket its holder by the rule book, and previews that choice for a sample ticket. Runs
 * after the ticket's transaction commits; the event publication registry replays it after a crash, so it skips a
 * ticket already dispatched or already held by someone.
 */
@Service
@Transactional
public class Dispatcher {

	private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

	private final Routes routes;
	private final DecisionLog decisions;
	private final AgentLoad load;
	private final TicketManagement tickets;
	private final AuditTrail audit;
	private final boolean autoByDefault;
	private final OnCallPolicy onCall;
	private final Clock clock;

	Dispatcher(Routes routes, DecisionLog decisions, AgentLoad load, TicketManagement tickets,
			AuditTrail audit, @Value("${chaindesk.dispatch.auto:true}") boolean autoByDefault, OnCallPolicy onCall,
			Clock clock) {
		this.onCall = onCall;
		this.clock = clock;
		this.routes = routes;
		this.decisions = decisions;
		this.load = load;
		this.tickets = tickets;
		this.audit = audit;
		this.autoByDefault = autoByDefault;
	}

	/** Which rule fires for a sample ticket and who would get it; nothing is changed. */
	@Transactional(readOnly = true)
	public Route preview(Long storeId, String category, Priority priority) {
		Actor actor = CurrentActor.get();
		if (!mayReadRules(actor)) {
			throw new OutsideScope("Dispatch rules are for HQ and region managers.");
		}
		if (storeId == null) {
			throw new InvalidInput("store", "required");
		}
		StoreRef store = routes.findStore(storeId).orElseThrow(() -> new InvalidInput("store", "unknown store: " + storeId));
		if (!actor.scope().coversStore(store.id(), store.regionId())) {
			throw new OutsideScope("That store is outside your scope.");
		}
		return routes.route(new TicketSample(store.id(), store.regionId(), category, priority == null ? Priority.P3 : priority));
	}

	/** Dispatches a just-opened ticket as ChainDesk itself. */
	public void dispatch(TicketOpened opened) {
		if (!load.autoDispatch(autoByDefault) || decisions.dispatched(opened.ticketId())) {
			return;
		}
		Route route = onCall.apply(routes.route(new TicketSample(opened.storeId(), opened.regionId(), opened.category(),
				opened.priority())), opened.storeId(), opened.priority(), opened.openedAt());
		if (!tickets.dispatchTo(opened.ticketId(), new Assignment(route.team(), route.agent(), route.vendor(), route.tier()))) {
			return; // someone took it by hand before dispatch ran, or it was solved already (or a replay after a crash)
		}
		decisions.record(new DispatchDecision(opened.ticketId(), "DISPATCH", route.rule(), null, route.team(), route.tier(),
				route.vendor(), route.agent(), route.reason(), Actor.SYSTEM.username(), clock.instant()));
		audit.record(new AuditEvent("dispatch.dispatched", "ticket", Long.toString(opened.ticketId()),
				OrgScope.store(opened.storeId(), opened.regionId()), null, route));
		log.debug("Dispatched {}: {}", opened.number(), route.reason());
	}

	/** Turns automatic dispatch on opening on or off for the whole chain (HQ admins), e.g. while rules are rebuilt. */
	public void setAutoDispatch(boolean enabled) {
		Actor actor = CurrentActor.get();
		if (!actor.has(Role.HQ_ADMIN) || !actor.scope().isHq()) {
			throw new OutsideScope("Only HQ admins switch automatic dispatch.");
		}
		boolean before = load.autoDispatch(autoByDefault);
		load.setAutoDispatch(enabled);
		audit.record(new AuditEvent("dispatch.auto-switched", "dispatch", "auto-dispatch", OrgScope.hq(),
				java.util.Map.of("enabled", before), java.util.Map.of("enabled", enabled)));
	}

	@Transactional(readOnly = true)
	public boolean autoDispatch() {
		return load.autoDispatch(autoByDefault);
	}

	static boolean mayReadRules(Actor actor) {
		return actor.scope().level() == OrgScope.Level.HQ || actor.scope().level() == OrgScope.Level.REGION
				&& actor.has(Role.REGION_MANAGER);
	}
}
