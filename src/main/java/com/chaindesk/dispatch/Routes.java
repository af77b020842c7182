package com.chaindesk.dispatch;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.chaindesk.org.AgentManagement;
import com.chaindesk.org.AgentView;
import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.StoreRef;
import com.chaindesk.org.TeamManagement;
import com.chaindesk.org.TeamView;
import com.chaindesk.org.Tier;
import com.chaindesk.org.VendorManagement;
import com.chaindesk.platform.NotFound;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Turns rules, teams and agents into a {@link Route}: the one place a rule's target becomes a team and an agent. */
@Component
class Routes {

	private final RuleBook rules;
	private final AgentLoad load;
	private final OrgDirectory directory;
	private final TeamManagement teams;
	private final AgentManagement agents;
	private final VendorManagement vendors;
	private final String fallbackTeam;
	private final AgentChoice choice = new AgentChoice();

	Routes(RuleBook rules, AgentLoad load, OrgDirectory directory, TeamManagement teams, AgentManagement agents,
			VendorManagement vendors, @Value("${chaindesk.dispatch.fallback-team:HQ-L1}") String fallbackTeam) {
		this.rules = rules;
		this.load = load;
		this.directory = directory;
		this.teams = teams;
		this.agents = agents;
		this.vendors = vendors;
		this.fallbackTeam = fallbackTeam;
	}

	StoreRef store(long id) {
		return directory.store(id).orElseThrow(() -> new NotFound("store", id));
	}

	Optional<StoreRef> findStore(long id) {
		return directory.store(id);
	}

	Route route(TicketSample sample) {
		StoreRef store = store(sample.storeId());
		Optional<DispatchRule> fired = new DispatchPolicy(rules.all()).firing(sample);
		if (fired.isEmpty()) {
			TeamView team = teams.byCode(fallbackTeam).orElseThrow(() -> new NotFound("team", fallbackTeam));
			return toTeam(null, team, team.tier(), sample, store, "no rule matched: " + fallbackTeam + " desk");
		}
		DispatchRule rule = fired.get();
		String why = "rule #" + rule.id() + (rule.hq() ? " (HQ)" : " (region)")
				+ (rule.note() == null || rule.note().isBlank() ? "" : ": " + rule.note());
		if (rule.vendorId() != null) {
			TeamView team = rule.teamId() == null ? null : teams.find(rule.teamId());
			return new Route(rule.id(), team == null ? null : team.id(), team == null ? null : team.code(),
					rule.tier() != null ? rule.tier() : team == null ? null : team.tier(), rule.vendorId(),
					vendors.find(rule.vendorId()).code(), null, why);
		}
		TeamView team = rule.teamId() != null ? teams.find(rule.teamId()) : teamOfTier(rule.tier(), sample.regionId())
				.orElseThrow(() -> new NotFound("team", rule.tier()));
		return toTeam(rule.id(), team, rule.tier() != null ? rule.tier() : team.tier(), sample, store, why);
	}

	/** The store region's own team of a tier if it has one, else HQ's. */
	Optional<TeamView> teamOfTier(Tier tier, long regionId) {
		List<TeamView> active = teams.visible(null).stream().filter(t -> t.tier() == tier && "ACTIVE".equals(t.status())).toList();
		return active.stream().filter(t -> t.regionId() != null && t.regionId() == regionId).findFirst()
				.or(() -> active.stream().filter(TeamView::hq).findFirst());
	}

	Route toTeam(Long ruleId, TeamView team, Tier tier, TicketSample sample, StoreRef store, String why) {
		String skill = AgentChoice.skillFor(sample.category());
		List<AgentView> members = agents.ofTeam(team.id());
		Map<String, AgentLoad.Standing> standings = load.standings(members.stream().map(AgentView::username).toList());
		List<AgentChoice.Candidate> candidates = members.stream()
				.map(a -> new AgentChoice.Candidate(a.username(), a.skills(), a.languages(), a.capacity(),
						standings.get(a.username()).openTickets(), "ACTIVE".equals(a.status()),
						standings.get(a.username()).available()))
				.toList();
		String agent = choice.choose(candidates, skill, store.locale()).map(AgentChoice.Candidate::username).orElse(null);
		String who = agent != null ? "; agent " + agent + " (skill " + skill + ", " + store.locale() + ", lowest load)"
				: "; no agent free with skill " + skill + " and " + store.locale() + ": team queue";
		return new Route(ruleId, team.id(), team.code(), tier, null, null, agent, why + who);
	}
}
