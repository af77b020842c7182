package com.chaindesk.ticket;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static com.chaindesk.ticket.TicketStatus.ASSIGNED;
import static com.chaindesk.ticket.TicketStatus.CLOSED;
import static com.chaindesk.ticket.TicketStatus.IN_PROGRESS;
import static com.chaindesk.ticket.TicketStatus.NEW;
import static com.chaindesk.ticket.TicketStatus.REOPENED;
import static com.chaindesk.ticket.TicketStatus.RESOLVED;
import static com.chaindesk.ticket.TicketStatus.WAITING_ON_STORE;
import static com.chaindesk.ticket.TicketStatus.WAITING_ON_VENDOR;

/** The allowed moves of a ticket, as one table: anything not listed here is refused. */
public final class TicketLifecycle {

	private static final Map<TicketStatus, Set<TicketStatus>> ALLOWED = new EnumMap<>(TicketStatus.class);

	static {
		ALLOWED.put(NEW, EnumSet.of(ASSIGNED));
		ALLOWED.put(ASSIGNED, EnumSet.of(IN_PROGRESS));
		ALLOWED.put(IN_PROGRESS, EnumSet.of(WAITING_ON_STORE, WAITING_ON_VENDOR, RESOLVED));
		ALLOWED.put(WAITING_ON_STORE, EnumSet.of(IN_PROGRESS));
		ALLOWED.put(WAITING_ON_VENDOR, EnumSet.of(IN_PROGRESS));
		ALLOWED.put(RESOLVED, EnumSet.of(CLOSED, REOPENED));
		ALLOWED.put(REOPENED, EnumSet.of(IN_PROGRESS));
		ALLOWED.put(CLOSED, EnumSet.noneOf(TicketStatus.class));
	}

	private TicketLifecycle() {
	}

	public static Set<TicketStatus> allowedFrom(TicketStatus from) {
		return Set.copyOf(ALLOWED.get(from));
	}

	public static boolean allows(TicketStatus from, TicketStatus to) {
		return ALLOWED.get(from).contains(to);
	}
}
