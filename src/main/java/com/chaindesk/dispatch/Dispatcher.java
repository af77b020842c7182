package com.chaindesk.dispatch;

import com.chaindesk.audit.AuditEvent;
import com.chaindesk.audit.AuditTrail;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.InvalidInput;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.OutsideScope;
import com.chaindesk.platform.Role;
import com.chaindesk.org.StoreRef;
import com.chaindesk.ticket.Priority;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Previews which rule fires for a sample ticket and switches automatic dispatch on or off; the dispatch itself
 * happens as a ticket opens ({@link DispatchOnOpening}).
 */
@Service
@Transactional
public class Dispatcher {

	private final Routes routes;
	private final AgentLoad load;
	private final AuditTrail audit;
	private final boolean autoByDefault;

	Dispatcher(Routes routes, AgentLoad load, AuditTrail audit,
			@Value("${chaindesk.dispatch.auto:true}") boolean autoByDefault) {
		this.routes = routes;
		this.load = load;
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
