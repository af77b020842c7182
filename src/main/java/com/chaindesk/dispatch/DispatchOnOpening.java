package com.chaindesk.dispatch;

import java.time.Clock;
import java.util.Optional;

import com.chaindesk.audit.AuditEvent;
import com.chaindesk.audit.AuditTrail;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.ticket.Assignment;
import com.chaindesk.ticket.OpeningDispatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Automatic dispatch: every ticket is given its first holder by the rule book (and the on-call rota for a P1 out of
 * hours) while it is being opened, in the opening's own transaction. A rule book that cannot decide (a rule naming a
 * team that is gone, say) must not cost the store its report: the ticket then opens unassigned, in the desk's
 * unassigned queue, and the log says why.
 */
@Component
class DispatchOnOpening implements OpeningDispatch {

	private static final Logger log = LoggerFactory.getLogger(DispatchOnOpening.class);

	private final Routes routes;
	private final OnCallPolicy onCall;
	private final AgentLoad load;
	private final DecisionLog decisions;
	private final AuditTrail audit;
	private final boolean autoByDefault;
	private final Clock clock;

	DispatchOnOpening(Routes routes, OnCallPolicy onCall, AgentLoad load, DecisionLog decisions, AuditTrail audit,
			@Value("${chaindesk.dispatch.auto:true}") boolean autoByDefault, Clock clock) {
		this.routes = routes;
		this.onCall = onCall;
		this.load = load;
		this.decisions = decisions;
		this.audit = audit;
		this.autoByDefault = autoByDefault;
		this.clock = clock;
	}

	@Override
	public Optional<Choice> choose(Opening opening) {
		if (!load.autoDispatch(autoByDefault)) {
			return Optional.empty();
		}
		Route route;
		try {
			// Chosen as ChainDesk, not as the reporter: a store's staff may not see the desk's agents, dispatch must.
			route = CurrentActor.as(Actor.SYSTEM, () -> onCall.apply(routes.route(new TicketSample(opening.storeId(),
					opening.regionId(), opening.category(), opening.priority())), opening.storeId(), opening.priority(),
					opening.at()));
		}
		catch (RuntimeException cannotDecide) {
			log.error("No automatic dispatch for a {} {} ticket of store {}: the rule book could not decide; it waits in"
					+ " the unassigned queue", opening.priority(), opening.category(), opening.storeId(), cannotDecide);
			return Optional.empty();
		}
		Assignment assignment = new Assignment(route.team(), route.agent(), route.vendor(), route.tier());
		if (!assignment.holder()) {
			return Optional.empty();
		}
		return Optional.of(new Choice() {

			@Override
			public Assignment assignment() {
				return assignment;
			}

			@Override
			public void taken(long ticketId, String number) {
				decisions.record(new DispatchDecision(ticketId, "DISPATCH", route.rule(), null, route.team(), route.tier(),
						route.vendor(), route.agent(), route.reason(), Actor.SYSTEM.username(), clock.instant()));
				audit.record(new AuditEvent("dispatch.dispatched", "ticket", Long.toString(ticketId),
						OrgScope.store(opening.storeId(), opening.regionId()), null, route));
				log.debug("Dispatched {}: {}", number, route.reason());
			}
		});
	}
}
