package com.chaindesk.dispatch;

import com.chaindesk.platform.BeforeCommit;
import com.chaindesk.ticket.TicketAssigned;
import com.chaindesk.ticket.TicketQueries;
import com.chaindesk.ticket.TicketStatus;
import com.chaindesk.ticket.TicketStatusChanged;
import org.springframework.stereotype.Component;

/** Hears the ticket module: keeps each agent's load inside the transaction that changes who holds what. */
@Component
class DispatchListeners {

	private final AgentLoad load;
	private final TicketQueries tickets;

	DispatchListeners(AgentLoad load, TicketQueries tickets) {
		this.load = load;
		this.tickets = tickets;
	}

	/** Load is kept inside the assigning transaction: it is exact at commit and costs no publication row. */
	@BeforeCommit
	void on(TicketAssigned assigned) {
		String agent = assigned.assignment().agent();
		// Only an agent carries load: a ticket going from a team or vendor to another (most dispatches, every opening)
		// has none to move, and needs no look at its state.
		if (agent == null) {
			if (assigned.previous().agent() != null) {
				load.released(assigned.ticketId());
			}
			return;
		}
		// An assignment and a resolve in one transaction (a major incident's children): the ticket's final state wins.
		if (tickets.stateOf(assigned.ticketId()).map(t -> t.status().solved()).orElse(false)) {
			load.released(assigned.ticketId());
			return;
		}
		load.holds(assigned.ticketId(), agent);
	}

	@BeforeCommit
	void on(TicketStatusChanged changed) {
		if (changed.to() == TicketStatus.RESOLVED || changed.to() == TicketStatus.CLOSED) {
			load.released(changed.ticketId());
		}
	}
}
