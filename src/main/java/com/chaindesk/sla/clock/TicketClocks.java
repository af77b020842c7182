package com.chaindesk.sla.clock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.chaindesk.audit.AuditEvent;
import com.chaindesk.audit.AuditTrail;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.BeforeCommit;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.TransactionLocal;
import com.chaindesk.sla.BusinessCalendar;
import com.chaindesk.sla.BusinessCalendars;
import com.chaindesk.ticket.Assignment;
import com.chaindesk.ticket.Priority;
import com.chaindesk.ticket.SlaMark;
import com.chaindesk.ticket.TicketAssigned;
import com.chaindesk.ticket.TicketOpened;
import com.chaindesk.ticket.TicketQueries;
import com.chaindesk.ticket.TicketResolved;
import com.chaindesk.ticket.TicketStatus;
import com.chaindesk.ticket.TicketStatusChanged;
import com.chaindesk.ticket.TicketView;
import org.springframework.stereotype.Component;

/**
 * Runs a ticket's clocks along its life: both start when it is opened; the response clock stops when a person takes
 * it up (assigns, starts, moves or solves it; automatic dispatch does not count); the resolution clock pauses while
 * the desk waits on the store or a vendor, stops when it is resolved and starts over when the store reopens it. Times are the events' own, not the moment the listener runs.
 * <p>
 * A ticket and its clocks change together: each listener runs in the ticket's own transaction just before it
 * commits, so a clock never lags behind or misses a move, a crash keeps both or neither, and a new ticket costs one
 * transaction instead of one per listener.
 */
@Component
class TicketClocks {

	/** Moves that show someone has taken the ticket up. */
	private static final Set<TicketStatus> RESPONDED = Set.of(TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS,
			TicketStatus.WAITING_ON_STORE, TicketStatus.WAITING_ON_VENDOR, TicketStatus.RESOLVED, TicketStatus.CLOSED);

	private final ClockRows rows;
	private final ClockTimers timers;
	private final BusinessCalendars calendars;
	private final AuditTrail audit;
	private final TicketQueries tickets;
	private final HolderRows holders;
	private final VendorClocks vendorClocks;
	private final ClockMarks marks;
	private final ClockTargets targets;
	/** Tickets opened in this transaction already held (dispatched as they opened), and by whom. */
	private final TransactionLocal<Map<Long, Assignment>> openedHeld = new TransactionLocal<>(HashMap::new);

	TicketClocks(ClockRows rows, ClockTimers timers, BusinessCalendars calendars,
			AuditTrail audit, TicketQueries tickets, HolderRows holders, VendorClocks vendorClocks, ClockMarks marks,
			ClockTargets targets) {
		this.targets = targets;
		this.holders = holders;
		this.vendorClocks = vendorClocks;
		this.tickets = tickets;
		this.marks = marks;
		this.rows = rows;
		this.timers = timers;
		this.calendars = calendars;
		this.audit = audit;
	}

	@BeforeCommit
	void on(TicketOpened event) {
		startClocks(event.ticketId(), event.storeId(), event.regionId(), event.priority(), event.category(),
				event.openedAt(), event.slaMarks(), event.firstHolder());
		if (event.firstHolder().holder()) {
			openedHeld.get().put(event.ticketId(), event.firstHolder());
		}
	}

	@BeforeCommit
	void on(TicketAssigned event) {
		if (byPerson(event.by())) {
			clock(event.ticketId(), ClockKind.RESPONSE).ifPresent(c -> stop(c, event.at()));
		}
		if (event.assignment().equals(openedHeld.get().get(event.ticketId()))) {
			// Dispatched as it opened, in this transaction: its clocks were inserted with this holder, and a ticket
			// that new has no vendor clocks to stop. A vendor's own contract clocks still start.
			if (event.assignment().vendor() != null) {
				vendorClocks.handedOver(event);
			}
			return;
		}
		heardHolder(event);
	}

	/**
	 * The response target measures how soon the desk takes a store's problem up. ChainDesk's own moves (dispatch as
	 * the ticket opens, escalation on breach) route it but answer nobody, so only a person's move stops the clock.
	 */
	private static boolean byPerson(String by) {
		return !Actor.SYSTEM.username().equals(by);
	}

	/** The clocks exist now (clock(...) starts them if need be): note the holder and run the vendor's clocks. */
	private void heardHolder(TicketAssigned event) {
		vendorClocks.handedOver(event);
		holders.record(event);
	}

	@BeforeCommit
	void on(TicketStatusChanged event) {
		if (RESPONDED.contains(event.to()) && (byPerson(event.by()) || event.to().solved())) {
			clock(event.ticketId(), ClockKind.RESPONSE).ifPresent(c -> stop(c, event.at()));
		}
		if (!touchesResolution(event.from(), event.to())) {
			return; // new → assigned → in progress: the resolution clock runs on as it was, no need to lock it
		}
		clock(event.ticketId(), ClockKind.RESOLUTION).ifPresent(c -> {
			if (event.to().waiting()) {
				change(c, "sla.clock.paused", c.pause(event.at(), calendarOf(c)));
			}
			else if (event.to() == TicketStatus.REOPENED) {
				change(c, "sla.clock.restarted", c.restart(event.at(), calendarOf(c)));
			}
			else if (event.to().solved()) {
				stop(c, event.at());
			}
			else if (event.from().waiting()) {
				change(c, "sla.clock.resumed", c.resume(event.at(), calendarOf(c)));
			}
		});
	}

	/** Whether a move pauses, resumes, restarts or stops the resolution clock. */
	private static boolean touchesResolution(TicketStatus from, TicketStatus to) {
		return to.waiting() || to == TicketStatus.REOPENED || to.solved() || from.waiting();
	}

	@BeforeCommit
	void on(TicketResolved event) {
		clock(event.ticketId(), ClockKind.RESPONSE).ifPresent(c -> stop(c, event.resolvedAt()));
		clock(event.ticketId(), ClockKind.RESOLUTION).ifPresent(c -> stop(c, event.resolvedAt()));
	}

	/** @param onRow the marks the ticket's row already carries (its forecast), rewritten only if the clocks differ */
	private void startClocks(long ticketId, long storeId, long regionId, Priority priority, String category,
			Instant openedAt, List<SlaMark> onRow, Assignment holder) {
		ClockTargets.Targets t = targets.of(storeId, regionId, priority, category, openedAt);
		// Both in one insert; a clock that exists already (a redelivered event) is not started again.
		List<SlaClock> fresh = List.of(
				SlaClock.start(ticketId, storeId, regionId, ClockKind.RESPONSE, t.alwaysOn(), t.rule().responseMinutes(),
						openedAt, t.calendar()),
				SlaClock.start(ticketId, storeId, regionId, ClockKind.RESOLUTION, t.alwaysOn(),
						t.rule().resolutionMinutes(), openedAt, t.calendar()));
		List<ClockTimers.Started> started = new ArrayList<>(2);
		for (SlaClock clock : rows.insertOpening(ticketId, fresh, holder.team(), holder.vendor(),
				holder.holder() ? openedAt : null)) {
			record("sla.clock.started", clock);
			started.add(new ClockTimers.Started(clock, clock.warningAt(t.calendar())));
		}
		marks.markUnlessOnRow(onRow, started.stream().map(ClockTimers.Started::clock).toArray(SlaClock[]::new));
		timers.setFirst(started);
	}

	/**
	 * The ticket's clock, locked for change. A ticket opened before its clocks were kept in its own transaction may
	 * have none yet: then they start here from the ticket itself; whichever insert comes second does nothing.
	 */
	private Optional<SlaClock> clock(long ticketId, ClockKind kind) {
		Optional<SlaClock> clock = rows.lock(ticketId, kind);
		if (clock.isPresent()) {
			return clock;
		}
		TicketView ticket = tickets.find(ticketId);
		startClocks(ticket.id(), ticket.storeId(), ticket.regionId(), ticket.priority(), ticket.category(),
				ticket.createdAt(), List.of(), Assignment.NONE);
		return rows.lock(ticketId, kind);
	}

	private void stop(SlaClock clock, Instant at) {
		change(clock, "sla.clock.stopped", clock.stop(at, calendarOf(clock)));
	}

	private void change(SlaClock clock, String action, boolean changed) {
		if (!changed) {
			return;
		}
		rows.update(clock);
		marks.mark(clock);
		if (clock.state() == ClockState.RUNNING) {
			timers.set(clock, clock.warningAt(calendarOf(clock)));
		}
		record(action, clock);
	}

	private BusinessCalendar calendarOf(SlaClock clock) {
		return clock.alwaysOn() ? calendars.alwaysOn(clock.storeId()) : calendars.forStore(clock.storeId());
	}

	private void record(String action, SlaClock c) {
		audit.record(new AuditEvent(action, "ticket", String.valueOf(c.ticketId()), OrgScope.store(c.storeId(), c.regionId()),
				null, Map.of("clock", c.kind().name(), "state", c.state().name(), "dueAt", String.valueOf(c.dueAt()))));
	}
}
