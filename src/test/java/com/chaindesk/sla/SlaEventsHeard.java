package com.chaindesk.sla;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Listens to the SLA events the way escalation and notification modules will. */
@Component
class SlaEventsHeard {

	private final List<Object> heard = new CopyOnWriteArrayList<>();

	List<Object> heard() {
		return heard;
	}

	@ApplicationModuleListener
	void on(SlaWarning event) {
		heard.add(event);
	}

	@ApplicationModuleListener
	void on(SlaBreached event) {
		heard.add(event);
	}
}
