package com.chaindesk.demo;

import java.util.Set;

import com.chaindesk.identity.NewAccount;
import com.chaindesk.identity.UserAccounts;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.Role;
import org.springframework.stereotype.Component;

/** The demo's people, one per role, named in the README. */
@Component
class DemoAccounts implements DemoStep {

	private final UserAccounts accounts;

	DemoAccounts(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public void load() {
		accounts.open(new NewAccount("admin", "王敏（总部）", DemoChain.PASSWORD, "admin@demo.chaindesk",
				Set.of(Role.HQ_ADMIN), OrgScope.hq()));
	}
}
