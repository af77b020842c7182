package com.chaindesk.dispatch.api;

import java.util.List;

import com.chaindesk.dispatch.DispatchDecision;
import com.chaindesk.dispatch.Escalations;
import com.chaindesk.dispatch.Route;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** One-click escalation of a ticket and its dispatch history. */
@RestController
@RequestMapping("/api/v1/tickets/{id}")
class EscalationApi {

	record Escalate(String reason, Escalations.Target to, Long vendor) {
	}

	private final Escalations escalations;

	EscalationApi(Escalations escalations) {
		this.escalations = escalations;
	}

	@PostMapping("/escalate")
	Route escalate(@PathVariable long id, @RequestBody Escalate body) {
		return escalations.escalate(id, body.reason(), body.to(), body.vendor());
	}

	@GetMapping("/dispatch-history")
	List<DispatchDecision> history(@PathVariable long id) {
		return escalations.history(id);
	}
}
