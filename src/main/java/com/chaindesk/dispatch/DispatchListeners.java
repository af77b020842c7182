package com.chaindesk.dispatch;

import com.chaindesk.ticket.TicketAssigned;
import com.chaindesk.ticket.TicketOpened;
import com.chaindesk.ticket.TicketStatus;
import com.chaindesk.ticket.TicketStatusChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Hears the ticket module: dispatches new tickets and keeps each agent's load. */
@Component
class DispatchListeners {

	private final Dispatcher dispatcher;
	private final AgentLoad load;

	DispatchListeners(Dispatcher dispatcher, AgentLoad load) {
		this.dispatcher = dispatcher;
		this.load = load;
	}

	@ApplicationModuleListener
	void on(TicketOpened opened) {
		dispatcher.dispatch(opened);
	}

	@ApplicationModuleListener
	void on(TicketAssigned assigned) {
		load.holds(assigned.ticketId(), assigned.assignment().agent());
	}

	@ApplicationModuleListener
	void on(TicketStatusChanged changed) {
		if (changed.to() == TicketStatus.RESOLVED || changed.to() == TicketStatus.CLOSED) {
			load.released(changed.ticketId());
		}
	}
}
