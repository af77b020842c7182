package com.chaindesk.demo;

import java.util.Set;

import com.chaindesk.dispatch.NewRule;
import com.chaindesk.dispatch.RuleManagement;
import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.RegionRef;
import com.chaindesk.org.TeamManagement;
import com.chaindesk.org.Tier;
import com.chaindesk.org.VendorManagement;
import com.chaindesk.ticket.Priority;
import org.springframework.stereotype.Component;

/**
 * A rule book as a chain would start it: everything lands on the HQ L1 desk (the fallback) except what L1 cannot
 * fix by phone. POS hardware that is not urgent goes straight to SUNPOS for an on-site swap, price labels to
 * BRIGHTTAG, a store that is offline to L2 of its region; East and South keep their own L2 teams busy with what they
 * know best.
 */
@Component
class DemoDispatchRules implements DemoStep {

	private final RuleManagement rules;
	private final OrgDirectory org;
	private final TeamManagement teams;
	private final VendorManagement vendors;

	DemoDispatchRules(RuleManagement rules, OrgDirectory org, TeamManagement teams, VendorManagement vendors) {
		this.rules = rules;
		this.org = org;
		this.teams = teams;
		this.vendors = vendors;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public void load() {
		long sunpos = vendors.byCode("SUNPOS").orElseThrow().id();
		long brighttag = vendors.byCode("BRIGHTTAG").orElseThrow().id();
		rules.add(new NewRule(null, 10, "pos-terminal", null, null, Set.of(Priority.P3, Priority.P4), null, Tier.L2, sunpos,
				"收银机硬件故障（非紧急）：商朗上门更换"));
		rules.add(new NewRule(null, 20, "esl", null, null, Set.of(), null, Tier.L2, brighttag, "电子价签：明标负责"));
		rules.add(new NewRule(null, 30, "network-down", null, null, Set.of(Priority.P1, Priority.P2), null, Tier.L2, null,
				"门店断网（紧急）：直接派给门店所在大区的二线"));
		long east = region("EAST");
		long south = region("SOUTH");
		rules.add(new NewRule(east, 10, "network", null, null, Set.of(), team("EAST-L2"), Tier.L2, null,
				"华东：门店网络由华东二线负责"));
		rules.add(new NewRule(south, 10, "cctv", null, null, Set.of(), team("SOUTH-L2"), Tier.L2, null,
				"华南：监控由华南二线负责"));
	}

	private long region(String code) {
		return org.regions().stream().filter(r -> r.code().equals(code)).map(RegionRef::id).findFirst().orElseThrow();
	}

	private long team(String code) {
		return teams.byCode(code).orElseThrow().id();
	}
}
