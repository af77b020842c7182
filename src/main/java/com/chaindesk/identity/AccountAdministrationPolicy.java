package com.chaindesk.identity;

import java.util.EnumSet;
import java.util.Set;

import com.chaindesk.platform.Actor;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.OutsideScope;
import com.chaindesk.platform.Role;
import org.springframework.stereotype.Component;

/**
 * Who may administer whose account: the one place this rule lives. HQ admins manage everyone. A region manager
 * manages the store managers and store staff of the stores in their region, and can grant nothing else. Nobody else
 * administers accounts.
 */
@Component
public class AccountAdministrationPolicy {

	private static final Set<Role> STORE_ROLES = EnumSet.of(Role.STORE_MANAGER, Role.STORE_STAFF);

	/**
	 * The accounts an administrator reaches.
	 *
	 * @param everyone every account (HQ)
	 * @param regionId otherwise: store-level accounts of this region only
	 * @param grantable the roles they may give, and the only roles a reached account may hold
	 */
	public record Reach(boolean everyone, Long regionId, Set<Role> grantable) {

		public Reach {
			grantable = Set.copyOf(grantable);
		}

		public boolean covers(Set<Role> roles, OrgScope scope) {
			if (everyone) {
				return true;
			}
			return scope.level() == OrgScope.Level.STORE && regionId.equals(scope.regionId()) && !roles.isEmpty()
					&& grantable.containsAll(roles);
		}

		public boolean covers(AccountView account) {
			return covers(account.roles(), account.scope());
		}
	}

	/** What this person reaches; refused outright if they administer no accounts at all. */
	public Reach reachOf(Actor actor) {
		if (actor.has(Role.HQ_ADMIN)) {
			return new Reach(true, null, EnumSet.allOf(Role.class));
		}
		if (actor.has(Role.REGION_MANAGER) && actor.scope().level() == OrgScope.Level.REGION) {
			return new Reach(false, actor.scope().regionId(), STORE_ROLES);
		}
		throw new OutsideScope("Your role does not administer accounts.");
	}

	public boolean administers(Actor actor) {
		return actor.has(Role.HQ_ADMIN)
				|| (actor.has(Role.REGION_MANAGER) && actor.scope().level() == OrgScope.Level.REGION);
	}

	/** Refuses, without saying more, unless the actor may manage this account. */
	public void checkManages(Actor actor, AccountView account) {
		if (!reachOf(actor).covers(account)) {
			throw new OutsideScope("This account is outside what you administer.");
		}
	}

	public void checkMayOpen(Actor actor, Set<Role> roles, OrgScope scope) {
		Reach reach = reachOf(actor);
		if (!reach.grantable().containsAll(roles) || !reach.covers(roles, scope)) {
			throw new OutsideScope("You may not open an account with these roles for this part of the chain.");
		}
	}
}
