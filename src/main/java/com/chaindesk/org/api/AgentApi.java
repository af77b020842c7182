package com.chaindesk.org.api;

import java.net.URI;
import java.util.List;

import com.chaindesk.org.AgentDraft;
import com.chaindesk.org.AgentManagement;
import com.chaindesk.org.AgentView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Agents: the body is {@code {username, userId, displayName, teamId | vendorId, skills:[..], languages:[..],
 * capacity, version}}.
 */
@RestController
@RequestMapping("/api/v1/org/agents")
class AgentApi {

	private final AgentManagement agents;

	AgentApi(AgentManagement agents) {
		this.agents = agents;
	}

	@GetMapping
	List<AgentView> list(@RequestParam(required = false) String q) {
		return agents.visible(q);
	}

	@GetMapping("/{id}")
	AgentView find(@PathVariable long id) {
		return agents.find(id);
	}

	@PostMapping
	ResponseEntity<AgentView> enlist(@RequestBody AgentDraft body) {
		AgentView agent = agents.enlist(body);
		return ResponseEntity.created(URI.create("/api/v1/org/agents/" + agent.id())).body(agent);
	}

	@PutMapping("/{id}")
	AgentView revise(@PathVariable long id, @RequestBody AgentDraft body) {
		return agents.revise(id, body);
	}

	@PostMapping("/{id}/close")
	AgentView close(@PathVariable long id) {
		return agents.changeStatus(id, false);
	}

	@PostMapping("/{id}/reopen")
	AgentView reopen(@PathVariable long id) {
		return agents.changeStatus(id, true);
	}
}
