package com.chaindesk.sla.clock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.chaindesk.audit.AuditEvent;
import com.chaindesk.audit.AuditTrail;
import com.chaindesk.config.Settings;
import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.VendorRef;
import com.chaindesk.platform.BeforeCommit;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.sla.BusinessCalendar;
import com.chaindesk.sla.BusinessCalendars;
import com.chaindesk.sla.SlaSettings;
import com.chaindesk.sla.VendorSlaTerm;
import com.chaindesk.ticket.Assignment;
import com.chaindesk.ticket.TicketAssigned;
import com.chaindesk.ticket.TicketQueries;
import com.chaindesk.ticket.TicketResolved;
import com.chaindesk.ticket.TicketStatus;
import com.chaindesk.ticket.TicketStatusChanged;
import com.chaindesk.ticket.TicketView;
import com.chaindesk.ticket.TimelineEntry;
import org.springframework.stereotype.Component;

/**
 * The vendor contract's clocks. When a ticket is handed to a vendor, VENDOR_RESPONSE and VENDOR_RESOLUTION start on
 * the contract's targets for the ticket's priority (24×7 or the store's hours, as the contract says). The vendor has
 * responded when it takes the ticket up (a move to in progress, a vendor engineer named as holder); the vendor clocks
 * pause only while the ticket waits on the store (waiting on the vendor is the vendor's own time), stop when the
 * ticket is solved or taken back from the vendor, and start over when the ticket goes to a vendor again. One pair of
 * vendor clocks per ticket: a second hand-over replaces the first pair's outcome.
 */
@Component
class VendorClocks {

	private static final Set<TicketStatus> TAKEN_UP = Set.of(TicketStatus.IN_PROGRESS, TicketStatus.WAITING_ON_STORE,
			TicketStatus.WAITING_ON_VENDOR, TicketStatus.RESOLVED, TicketStatus.CLOSED);

	private final ClockRows rows;
	private final HolderRows holders;
	private final ClockTimers timers;
	private final BusinessCalendars calendars;
	private final Settings settings;
	private final OrgDirectory org;
	private final TicketQueries tickets;
	private final AuditTrail audit;

	VendorClocks(ClockRows rows, HolderRows holders, ClockTimers timers, BusinessCalendars calendars, Settings settings,
			OrgDirectory org, TicketQueries tickets, AuditTrail audit) {
		this.rows = rows;
		this.holders = holders;
		this.timers = timers;
		this.calendars = calendars;
		this.settings = settings;
		this.org = org;
		this.tickets = tickets;
		this.audit = audit;
	}

	/** A new holder: the vendor's clocks stop when it loses the ticket and start when a vendor gets it. */
	void handedOver(TicketAssigned assigned) {
		Assignment next = assigned.assignment();
		Optional<SlaClock> response = rows.lock(assigned.ticketId(), ClockKind.VENDOR_RESPONSE);
		Optional<SlaClock> resolution = rows.lock(assigned.ticketId(), ClockKind.VENDOR_RESOLUTION);
		Long runningFor = resolution.filter(c -> c.stoppedAt() == null).map(c -> holders.vendorOf(c.id())).orElse(null);
		if (runningFor != null && runningFor.equals(next.vendor())) {
			if (next.agent() != null) { // the vendor named its engineer: it has taken the ticket up
				response.ifPresent(c -> stop(c, assigned.at()));
			}
			return;
		}
		response.ifPresent(c -> stop(c, assigned.at()));
		resolution.ifPresent(c -> stop(c, assigned.at()));
		if (next.vendor() == null) {
			return;
		}
		TicketView ticket = tickets.find(assigned.ticketId());
		Optional<VendorRef> vendor = org.vendor(next.vendor());
		Optional<VendorSlaTerm> term = vendor.flatMap(v -> VendorSlaTerm.of(settings.effective(SlaSettings.VENDOR_CONTRACTS,
				OrgScope.store(ticket.storeId(), ticket.regionId())), v.code(), ticket.priority()));
		if (term.isEmpty()) {
			return; // no contract line for this vendor and priority: the desk's own clocks are all there is
		}
		BusinessCalendar calendar = calendars.forStore(ticket.storeId());
		boolean alwaysOn = term.get().roundTheClock() || calendar.nextBusinessStart(assigned.at()).isEmpty();
		if (alwaysOn) {
			calendar = calendars.alwaysOn(ticket.storeId());
		}
		var opening = new HandOver(ticket, next, assigned.at(), alwaysOn, calendar);
		List<ClockTimers.Started> fresh = new ArrayList<>(2);
		start(opening, ClockKind.VENDOR_RESPONSE, term.get().responseMinutes(), response).ifPresent(fresh::add);
		start(opening, ClockKind.VENDOR_RESOLUTION, term.get().resolutionMinutes(), resolution).ifPresent(fresh::add);
		timers.setFirst(fresh);
		catchUp(ticket, assigned.at());
	}

	/**
	 * A hand-over recorded after the ticket already moved on (taken up, waiting, solved: a hand-over replayed from
	 * older data) replays those moves from the ticket's timeline, so the vendor's clocks end where the ticket really
	 * is. Moves heard again later change nothing.
	 */
	private void catchUp(TicketView ticket, Instant handedAt) {
		for (TimelineEntry e : ticket.timeline()) {
			if (e.to() != null && e.from() != null && e.at().isAfter(handedAt)) {
				moved(ticket.id(), e.from(), e.to(), e.at());
			}
		}
	}

	private record HandOver(TicketView ticket, Assignment to, Instant at, boolean alwaysOn, BusinessCalendar calendar) {
	}

	/**
	 * Starts one vendor clock, or starts an earlier one over as its next generation. A clock inserted now is handed
	 * back for its first timers, which are set in one batch with the other's; none when this hand-over was heard
	 * before.
	 */
	private Optional<ClockTimers.Started> start(HandOver h, ClockKind kind, int minutes, Optional<SlaClock> earlier) {
		SlaClock fresh = SlaClock.start(h.ticket().id(), h.ticket().storeId(), h.ticket().regionId(), kind, h.alwaysOn(),
				minutes, h.at(), h.calendar());
		SlaClock clock;
		if (earlier.isPresent()) {
			SlaClock old = earlier.get();
			clock = new SlaClock(old.id(), fresh.ticketId(), fresh.storeId(), fresh.regionId(), kind, fresh.alwaysOn(),
					minutes, fresh.startedAt(), fresh.runningSince(), fresh.consumed(), fresh.dueAt(), null, null,
					ClockState.RUNNING, false, old.generation() + 1);
			rows.replace(clock);
			holders.holdFor(clock.id(), h.to().team(), h.to().vendor(), h.at());
			timers.set(clock, clock.warningAt(h.calendar()));
			record("sla.clock.started", clock);
			return Optional.empty();
		}
		clock = rows.insert(fresh);
		if (clock == null) {
			return Optional.empty();
		}
		holders.holdFor(clock.id(), h.to().team(), h.to().vendor(), h.at());
		record("sla.clock.started", clock);
		return Optional.of(new ClockTimers.Started(clock, clock.warningAt(h.calendar())));
	}

	@BeforeCommit
	void on(TicketStatusChanged event) {
		moved(event.ticketId(), event.from(), event.to(), event.at());
	}

	private void moved(long ticketId, TicketStatus from, TicketStatus to, Instant at) {
		if (TAKEN_UP.contains(to)) {
			rows.lock(ticketId, ClockKind.VENDOR_RESPONSE).ifPresent(c -> stop(c, at));
		}
		for (ClockKind kind : new ClockKind[] { ClockKind.VENDOR_RESPONSE, ClockKind.VENDOR_RESOLUTION }) {
			rows.lock(ticketId, kind).ifPresent(c -> {
				if (to.solved()) {
					stop(c, at);
				}
				else if (to == TicketStatus.WAITING_ON_STORE) {
					change(c, "sla.clock.paused", c.pause(at, calendarOf(c)));
				}
				else if (from == TicketStatus.WAITING_ON_STORE) {
					change(c, "sla.clock.resumed", c.resume(at, calendarOf(c)));
				}
			});
		}
	}

	@BeforeCommit
	void on(TicketResolved event) {
		rows.lock(event.ticketId(), ClockKind.VENDOR_RESPONSE).ifPresent(c -> stop(c, event.resolvedAt()));
		rows.lock(event.ticketId(), ClockKind.VENDOR_RESOLUTION).ifPresent(c -> stop(c, event.resolvedAt()));
	}

	private void stop(SlaClock clock, Instant at) {
		change(clock, "sla.clock.stopped", clock.stop(at, calendarOf(clock)));
	}

	private void change(SlaClock clock, String action, boolean changed) {
		if (!changed) {
			return;
		}
		rows.update(clock);
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
