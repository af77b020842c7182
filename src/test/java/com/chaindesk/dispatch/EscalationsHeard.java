package com.chaindesk.dispatch;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Hears escalations the way SLA reports or notifications would: after commit, through the publication registry. */
@Component
class EscalationsHeard {

	private final List<TicketEscalated> heard = new CopyOnWriteArrayList<>();

	/** A method, not the field: the listener is proxied (asynchronous), and a proxy's fields are empty. */
	List<TicketEscalated> heard() {
		return heard;
	}

	@ApplicationModuleListener
	void on(TicketEscalated event) {
		heard.add(event);
	}
}
