package com.chaindesk.ticket;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Listens to ticket events the way SLA and dispatch will: after commit, through the event publication registry. */
@Component
class TicketEventsHeard {

	private final List<Object> heard = new CopyOnWriteArrayList<>();

	/** A method, not the field: the listener is proxied (asynchronous), and a proxy's fields are empty. */
	List<Object> heard() {
		return heard;
	}

	@ApplicationModuleListener
	void on(TicketOpened event) {
		heard.add(event);
	}

	@ApplicationModuleListener
	void on(TicketAssigned event) {
		heard.add(event);
	}

	@ApplicationModuleListener
	void on(TicketResolved event) {
		heard.add(event);
	}

	@ApplicationModuleListener
	void on(TicketStatusChanged event) {
		heard.add(event);
	}
}
