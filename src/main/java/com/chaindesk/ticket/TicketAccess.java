package com.chaindesk.ticket;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.chaindesk.platform.Actor;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.Role;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what with tickets: the one place these rules live.
 * <ul>
 * <li>Seeing: an HQ scope sees all tickets, a region scope its region's stores', a store scope its own store's, a
 * vendor scope only tickets assigned to its company.</li>
 * <li>Opening: HQ for any store, a region for its stores, store people for their own store only; vendors never.</li>
 * <li>Store people never see internal comments, never change who holds a ticket, and move a ticket only the ways a
 * store can: answer when the desk waits on them, confirm the fix (close) or say it is not fixed (reopen). Only they
 * rate a solved ticket.</li>
 * <li>Vendor engineers assign only within their own company, and move a ticket only to work it and resolve it.</li>
 * </ul>
 */
@Component
public class TicketAccess {

	/**
	 * A vendor works the ticket, waits on the store or on its own parts and suppliers, and resolves it; reopening or
	 * closing is the store's and the desk's call.
	 */
	private static final Set<TicketStatus> VENDOR_MOVES = Set.of(TicketStatus.IN_PROGRESS, TicketStatus.WAITING_ON_STORE,
			TicketStatus.WAITING_ON_VENDOR, TicketStatus.RESOLVED);

	private static final Set<TicketStatus> STORE_MOVES = Set.of(TicketStatus.IN_PROGRESS, TicketStatus.CLOSED,
			TicketStatus.REOPENED);

	public boolean sees(Actor actor, long storeId, long regionId, Long vendorId) {
		OrgScope scope = actor.scope();
		return switch (scope.level()) {
			case HQ, REGION, STORE -> scope.coversStore(storeId, regionId);
			case VENDOR -> vendorId != null && vendorId.equals(scope.vendorId());
		};
	}

	boolean sees(Actor actor, Ticket ticket) {
		return sees(actor, ticket.storeId(), ticket.regionId(), ticket.assignment().vendor());
	}

	public boolean mayOpenFor(Actor actor, long storeId, long regionId) {
		return actor.scope().level() != OrgScope.Level.VENDOR && actor.scope().coversStore(storeId, regionId);
	}

	/** Store staff and managers: the people who report problems and live with their fixes. */
	public boolean storeSide(Actor actor) {
		return actor.scope().level() == OrgScope.Level.STORE;
	}

	public boolean seesInternal(Actor actor) {
		return !storeSide(actor);
	}

	public boolean mayAssign(Actor actor, Assignment next) {
		if (storeSide(actor)) {
			return false;
		}
		if (actor.scope().level() == OrgScope.Level.VENDOR) {
			return Objects.equals(next.vendor(), actor.scope().vendorId());
		}
		return actor.hasAny(Role.HQ_ADMIN, Role.L1_AGENT, Role.ENGINEER, Role.REGION_MANAGER);
	}

	public boolean mayMove(Actor actor, TicketStatus from, TicketStatus to) {
		if (storeSide(actor)) {
			return STORE_MOVES.contains(to) && (to != TicketStatus.IN_PROGRESS || from == TicketStatus.WAITING_ON_STORE);
		}
		if (actor.scope().level() == OrgScope.Level.VENDOR) {
			return VENDOR_MOVES.contains(to) && actor.hasAny(Role.VENDOR_ENGINEER);
		}
		return actor.hasAny(Role.HQ_ADMIN, Role.L1_AGENT, Role.ENGINEER, Role.REGION_MANAGER, Role.VENDOR_ENGINEER);
	}

	public boolean mayRate(Actor actor) {
		return storeSide(actor);
	}

	/** The SQL condition (on a table aliased {@code t}) that keeps ticket rows to those the actor sees. */
	Condition condition(Actor actor) {
		OrgScope scope = actor.scope();
		return switch (scope.level()) {
			case HQ -> new Condition("true", List.of());
			case REGION -> new Condition("t.region_id = ?", List.of(scope.regionId()));
			case STORE -> new Condition("t.store_id = ?", List.of(scope.storeId()));
			case VENDOR -> new Condition("t.vendor_id = ?", List.of(scope.vendorId()));
		};
	}

	record Condition(String sql, List<Object> params) {
		Condition and(String more, Object... values) {
			List<Object> all = new ArrayList<>(params);
			all.addAll(List.of(values));
			return new Condition(sql + " and " + more, all);
		}

		Condition and(Condition more) {
			List<Object> all = new ArrayList<>(params);
			all.addAll(more.params());
			return new Condition(sql + " and (" + more.sql() + ")", all);
		}
	}
}
