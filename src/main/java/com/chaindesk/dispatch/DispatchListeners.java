package com.chaindesk.dispatch;

import com.chaindesk.ticket.TicketAssigned;
import com.chaindesk.ticket.TicketOpened;
import com.chaindesk.ticket.TicketQueries;
import com.chaindesk.ticket.TicketStatus;
import com.chaindesk.ticket.TicketStatusChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Hears the ticket module: dispatches new tickets and keeps each agent's load. */
@Component
class DispatchListeners {

	private final Dispatcher dispatcher;
	private final AgentLoad load;
	private final TicketQueries tickets;

	DispatchListeners(Dispatcher dispatcher, AgentLoad load, TicketQueries tickets) {
		this.dispatcher = dispatcher;
		this.load = load;
		this.tickets = tickets;
	}

	@ApplicationModuleListener
	void on(TicketOpened opened) {
		dispatcher.dispatch(opened);
	}

	@ApplicationModuleListener
	void on(TicketAssigned assigned) {
		// Listeners run in any order: an assignment heard after the ticket was solved must not count as load again.
		if (tickets.find(assigned.ticketId()).status().solved()) {
			load.released(assigned.ticketId());
			return;
		}
		load.holds(assigned.ticketId(), assigned.assignment().agent());
	}

	@ApplicationModuleListener
	void on(TicketStatusChanged changed) {
		if (changed.to() == TicketStatus.RESOLVED || changed.to() == TicketStatus.CLOSED) {
			load.released(changed.ticketId());
		}
	}
}
