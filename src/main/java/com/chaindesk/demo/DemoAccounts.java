package com.chaindesk.demo;

import java.util.List;
import java.util.Set;

import com.chaindesk.identity.AccountView;
import com.chaindesk.identity.NewAccount;
import com.chaindesk.identity.UserAccounts;
import com.chaindesk.org.AgentDraft;
import com.chaindesk.org.AgentManagement;
import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.RegionRef;
import com.chaindesk.org.StoreRef;
import com.chaindesk.org.TeamManagement;
import com.chaindesk.org.VendorManagement;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.Role;
import org.springframework.stereotype.Component;

/**
 * The demo's people, one per role, all with the demo password. The first region is the one with the lowest id
 * (East China); its first store by id is where manager1 and staff1 work; manager2 runs the first store of the next
 * region. The service desk's people are also enlisted as agents, linked to their accounts.
 */
@Component
class DemoAccounts implements DemoStep {

	private final UserAccounts accounts;
	private final OrgDirectory directory;
	private final TeamManagement teams;
	private final VendorManagement vendors;
	private final AgentManagement agents;

	DemoAccounts(UserAccounts accounts, OrgDirectory directory, TeamManagement teams, VendorManagement vendors,
			AgentManagement agents) {
		this.accounts = accounts;
		this.directory = directory;
		this.teams = teams;
		this.vendors = vendors;
		this.agents = agents;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public void load() {
		List<RegionRef> regions = directory.regions();
		RegionRef first = regions.get(0);
		RegionRef second = regions.get(1);
		StoreRef firstStore = directory.storesOfRegion(first.id()).get(0);
		StoreRef otherStore = directory.storesOfRegion(second.id()).get(0);
		long pos = vendors.byCode("SUNPOS").orElseThrow().id();

		open("admin", "王敏（总部）", Set.of(Role.HQ_ADMIN), OrgScope.hq());
		open("region1", "李强（" + first.names().get("zh-CN") + "大区经理）", Set.of(Role.REGION_MANAGER), OrgScope.region(first.id()));
		open("manager1", "张丽（" + firstStore.names().get("zh-CN") + "店长）", Set.of(Role.STORE_MANAGER),
				OrgScope.store(firstStore.id(), first.id()));
		open("staff1", "刘洋", Set.of(Role.STORE_STAFF), OrgScope.store(firstStore.id(), first.id()));
		open("manager2", "陈静（" + otherStore.names().get("zh-CN") + "店长）", Set.of(Role.STORE_MANAGER),
				OrgScope.store(otherStore.id(), second.id()));
		AccountView agent1 = open("agent1", "赵磊", Set.of(Role.L1_AGENT), OrgScope.hq());
		AccountView engineer1 = open("engineer1", "孙浩", Set.of(Role.ENGINEER), OrgScope.hq());
		AccountView expert1 = open("expert1", "周建国", Set.of(Role.ENGINEER), OrgScope.hq());
		AccountView vendor1 = open("vendor1", "吴志强（商朗科技）", Set.of(Role.VENDOR_ENGINEER), OrgScope.vendor(pos));
		open("trainer1", "郑芳", Set.of(Role.TRAINER), OrgScope.region(first.id()));

		agents.enlist(new AgentDraft(agent1.username(), agent1.id(), agent1.displayName(), team("HQ-L1"), null,
				List.of("pos", "app", "membership", "printer"), List.of("zh-CN", "en"), 5, null));
		agents.enlist(new AgentDraft(engineer1.username(), engineer1.id(), engineer1.displayName(), team("HQ-L2"), null,
				List.of("pos", "network", "printer", "esl"), List.of("zh-CN", "yue"), 3, null));
		agents.enlist(new AgentDraft(expert1.username(), expert1.id(), expert1.displayName(), team("HQ-L3"), null,
				List.of("network", "pos", "cctv", "esl", "sdwan"), List.of("zh-CN", "zh-TW", "en"), 2, null));
		agents.enlist(new AgentDraft(vendor1.username(), vendor1.id(), vendor1.displayName(), null, pos,
				List.of("pos", "printer", "payment-terminal"), List.of("zh-CN"), 4, null));
	}

	private AccountView open(String username, String displayName, Set<Role> roles, OrgScope scope) {
		return accounts.open(new NewAccount(username, displayName, DemoChain.PASSWORD, username + "@demo.chaindesk", roles, scope));
	}

	private long team(String code) {
		return teams.byCode(code).orElseThrow().id();
	}
}
