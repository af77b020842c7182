package com.chaindesk.dispatch.api;

import java.util.List;
import java.util.Map;

import com.chaindesk.dispatch.AgentPresence;
import com.chaindesk.dispatch.DispatchRule;
import com.chaindesk.dispatch.Dispatcher;
import com.chaindesk.dispatch.NewRule;
import com.chaindesk.dispatch.Route;
import com.chaindesk.dispatch.RuleManagement;
import com.chaindesk.ticket.Priority;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The rule book, its preview, agents' presence and the automatic dispatch switch. */
@RestController
@RequestMapping("/api/v1/dispatch")
class DispatchApi {

	record Preview(Long store, String category, Priority priority) {
	}

	record Availability(Boolean available) {
	}

	record Switch(Boolean enabled) {
	}

	private final RuleManagement rules;
	private final Dispatcher dispatcher;
	private final AgentPresence presence;

	DispatchApi(RuleManagement rules, Dispatcher dispatcher, AgentPresence presence) {
		this.rules = rules;
		this.dispatcher = dispatcher;
		this.presence = presence;
	}

	@GetMapping("/rules")
	List<DispatchRule> rules() {
		return rules.visible();
	}

	@PostMapping("/rules")
	ResponseEntity<DispatchRule> add(@RequestBody NewRule body) {
		return ResponseEntity.status(HttpStatus.CREATED).body(rules.add(body));
	}

	@DeleteMapping("/rules/{id}")
	ResponseEntity<Void> remove(@PathVariable long id) {
		rules.remove(id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/preview")
	Route preview(@RequestBody Preview body) {
		return dispatcher.preview(body.store(), body.category(), body.priority());
	}

	@PutMapping("/agents/{username}/availability")
	Map<String, Object> availability(@PathVariable String username, @RequestBody Availability body) {
		if (body.available() == null) {
			throw new com.chaindesk.platform.InvalidInput("available", "required: true or false");
		}
		return Map.of("username", username, "available", presence.set(username, body.available()));
	}

	@GetMapping("/auto")
	Map<String, Object> auto() {
		return Map.of("enabled", dispatcher.autoDispatch());
	}

	@PutMapping("/auto")
	Map<String, Object> auto(@RequestBody Switch body) {
		if (body.enabled() == null) {
			throw new com.chaindesk.platform.InvalidInput("enabled", "required: true or false");
		}
		dispatcher.setAutoDispatch(body.enabled());
		return Map.of("enabled", dispatcher.autoDispatch());
	}
}
