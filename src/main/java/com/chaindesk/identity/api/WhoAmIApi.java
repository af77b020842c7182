package com.chaindesk.identity.api;

import java.util.Set;

import com.chaindesk.platform.Actor;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who a token speaks for: integrations check this before they act. */
@RestController
class WhoAmIApi {

	record Scope(OrgScope.Level level, Long regionId, Long storeId, Long vendorId) {
	}

	record WhoAmI(String username, String displayName, Set<Role> roles, Scope scope) {
	}

	@GetMapping("/api/v1/auth/whoami")
	WhoAmI whoami() {
		Actor actor = CurrentActor.find().orElseThrow();
		OrgScope scope = actor.scope();
		return new WhoAmI(actor.username(), actor.displayName(), actor.roles(),
				new Scope(scope.level(), scope.regionId(), scope.storeId(), scope.vendorId()));
	}
}
