package com.chaindesk.org.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.chaindesk.org.TeamDraft;
import com.chaindesk.org.TeamManagement;
import com.chaindesk.org.TeamView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Teams: {@code regionId} null means an HQ team. */
@RestController
@RequestMapping("/api/v1/org/teams")
class TeamApi {

	record TeamJson(Long id, String code, Map<String, String> name, String tier, Long regionId, String status,
			Integer version) {
		static TeamJson of(TeamView team) {
			return new TeamJson(team.id(), team.code(), team.names(), team.tier().name(), team.regionId(), team.status(),
					team.version());
		}

		TeamDraft draft() {
			return new TeamDraft(code, name, tier, regionId, version);
		}
	}

	private final TeamManagement teams;

	TeamApi(TeamManagement teams) {
		this.teams = teams;
	}

	@GetMapping
	List<TeamJson> list(@RequestParam(required = false) String q) {
		return teams.visible(q).stream().map(TeamJson::of).toList();
	}

	@GetMapping("/{id}")
	TeamJson find(@PathVariable long id) {
		return TeamJson.of(teams.find(id));
	}

	@PostMapping
	ResponseEntity<TeamJson> open(@RequestBody TeamJson body) {
		TeamView team = teams.open(body.draft());
		return ResponseEntity.created(URI.create("/api/v1/org/teams/" + team.id())).body(TeamJson.of(team));
	}

	@PutMapping("/{id}")
	TeamJson revise(@PathVariable long id, @RequestBody TeamJson body) {
		return TeamJson.of(teams.revise(id, body.draft()));
	}

	@PostMapping("/{id}/close")
	TeamJson close(@PathVariable long id) {
		return TeamJson.of(teams.changeStatus(id, false));
	}

	@PostMapping("/{id}/reopen")
	TeamJson reopen(@PathVariable long id) {
		return TeamJson.of(teams.changeStatus(id, true));
	}
}
