package com.chaindesk.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.chaindesk.audit.AuditEvent;
import com.chaindesk.audit.AuditTrail;
import com.chaindesk.identity.AccountAdministrationPolicy.Reach;
import com.chaindesk.identity.security.ApiTokens;
import com.chaindesk.identity.security.SecondFactors;
import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.StoreRef;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.Conflict;
import com.chaindesk.platform.FieldProblem;
import com.chaindesk.platform.InvalidInput;
import com.chaindesk.platform.NotFound;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What HQ admins and region managers do with other people's accounts: find them, open them, disable and enable them,
 * lift a lock, clear a second factor after a lost phone. Whom they reach is {@link AccountAdministrationPolicy}'s
 * decision; accounts outside it look as if they did not exist.
 */
@Service
public class AccountAdministration {

	private final JdbcClient jdbc;
	private final UserAccounts accounts;
	private final AccountAdministrationPolicy policy;
	private final OrgDirectory org;
	private final SecondFactors factors;
	private final AuditTrail audit;
	private final ApiTokens tokens;

	AccountAdministration(JdbcClient jdbc, UserAccounts accounts, AccountAdministrationPolicy policy, OrgDirectory org,
			SecondFactors factors, AuditTrail audit, ApiTokens tokens) {
		this.tokens = tokens;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.policy = policy;
		this.org = org;
		this.factors = factors;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public AccountPage search(Actor admin, AccountQuery query) {
		Reach reach = policy.reachOf(admin);
		StringBuilder where = new StringBuilder(" where true");
		Map<String, Object> params = new java.util.HashMap<>();
		if (!reach.everyone()) {
			// The SQL form of Reach.covers: store-level accounts of the region holding only grantable roles.
			where.append("""
					 and a.scope_level = 'STORE' and a.region_id = :region
					 and exists (select 1 from identity.user_role r where r.user_id = a.id)
					 and not exists (select 1 from identity.user_role r where r.user_id = a.id and r.role not in (:grantable))
					""");
			params.put("region", reach.regionId());
			params.put("grantable", reach.grantable().stream().map(Role::name).toList());
		}
		if (!query.text().isEmpty()) {
			where.append(" and (a.username ilike :pattern or a.display_name ilike :pattern or a.email ilike :pattern)");
			params.put("pattern", "%" + query.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (query.role() != null) {
			where.append(" and exists (select 1 from identity.user_role r where r.user_id = a.id and r.role = :role)");
			params.put("role", query.role().name());
		}
		long total = jdbc.sql("select count(*) from identity.user_account a" + where).params(params).query(Long.class).single();
		params.put("limit", query.size());
		params.put("offset", (long) query.page() * query.size());
		List<AccountView> items = jdbc.sql("select a.* from identity.user_account a" + where
				+ " order by a.username limit :limit offset :offset").params(params).query(accounts::view).list();
		return new AccountPage(items, query.page(), query.size(), total);
	}

	@Transactional(readOnly = true)
	public AccountView find(Actor admin, long id) {
		Reach reach = policy.reachOf(admin);
		return accounts.find(id).filter(reach::covers).orElseThrow(() -> new NotFound("account", id));
	}

	/**
	 * Opens an account. Problems with the details come first (422 naming the field); then whether this administrator
	 * may give these roles for this part of the chain (403).
	 */
	@Transactional
	public AccountView open(Actor admin, AccountOpening opening) {
		policy.reachOf(admin);
		List<FieldProblem> problems = new ArrayList<>();
		OrgScope scope = null;
		try {
			scope = resolve(opening.scope());
		}
		catch (InvalidInput badScope) {
			problems.addAll(badScope.problems());
		}
		Set<Role> roles = opening.roles() == null ? Set.of() : opening.roles();
		NewAccount account = new NewAccount(opening.username(), opening.displayName(), opening.password(), opening.email(),
				roles, scope);
		try {
			accounts.validate(account);
		}
		catch (InvalidInput invalid) {
			// Without a scope the account's check adds "scope required", already said more precisely above.
			invalid.problems().stream().filter(p -> !(problems.size() > 0 && p.field().equals("scope")))
					.forEach(problems::add);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		policy.checkMayOpen(admin, roles, scope);
		return accounts.open(account);
	}

	@Transactional
	public AccountView disable(Actor admin, long id) {
		AccountView account = find(admin, id);
		if (account.id() == admin.userId()) {
			throw new Conflict("account", "You cannot disable your own account.");
		}
		if (!account.enabled()) {
			throw new Conflict("account", "The account is already disabled.");
		}
		jdbc.sql("update identity.user_account set enabled = false, version = version + 1 where id = ?").param(id).update();
		accounts.holdersChanged();
		// Signed-in sessions end now, on every instance, rather than when they time out.
		jdbc.sql("delete from identity.spring_session where principal_name = ?").param(account.username()).update();
		tokens.forgetAcceptedTokens();
		audit.record(new AuditEvent("user.disabled", "user", account.username(), account.scope(), Map.of("enabled", true),
				Map.of("enabled", false)));
		return accounts.find(id).orElseThrow();
	}

	@Transactional
	public AccountView enable(Actor admin, long id) {
		AccountView account = find(admin, id);
		if (account.enabled()) {
			throw new Conflict("account", "The account is already enabled.");
		}
		jdbc.sql("update identity.user_account set enabled = true, version = version + 1 where id = ?").param(id).update();
		accounts.holdersChanged();
		tokens.forgetAcceptedTokens();
		audit.record(new AuditEvent("user.enabled", "user", account.username(), account.scope(), Map.of("enabled", false),
				Map.of("enabled", true)));
		return accounts.find(id).orElseThrow();
	}

	@Transactional
	public AccountView unlock(Actor admin, long id) {
		AccountView account = find(admin, id);
		if (!account.lockedAt(Instant.now())) {
			throw new Conflict("account", "The account is not locked.");
		}
		jdbc.sql("update identity.user_account set locked_until = null, failed_logins = 0 where id = ?").param(id).update();
		audit.record(new AuditEvent("user.unlocked", "user", account.username(), account.scope(),
				Map.of("lockedUntil", account.lockedUntil().toString()), Map.of("lockedUntil", "none")));
		return accounts.find(id).orElseThrow();
	}

	@Transactional
	public AccountView resetSecondFactor(Actor admin, long id) {
		AccountView account = find(admin, id);
		factors.reset(account.id(), account.username(), account.scope());
		return accounts.find(id).orElseThrow();
	}

	/** Turns the administrator's pick into a scope, looking up the store's region. */
	private OrgScope resolve(ScopeChoice choice) {
		if (choice == null || choice.level() == null) {
			throw new InvalidInput("scope", "required: HQ, REGION, STORE or VENDOR");
		}
		return switch (choice.level()) {
			case HQ -> OrgScope.hq();
			case REGION -> {
				if (choice.regionId() == null || org.region(choice.regionId()).isEmpty()) {
					throw new InvalidInput("scope.regionId", "pick an existing region");
				}
				yield OrgScope.region(choice.regionId());
			}
			case STORE -> {
				StoreRef store = choice.storeId() == null ? null : org.store(choice.storeId()).orElse(null);
				if (store == null) {
					throw new InvalidInput("scope.storeId", "pick an existing store");
				}
				yield OrgScope.store(store.id(), store.regionId());
			}
			case VENDOR -> {
				if (choice.vendorId() == null || choice.vendorId() <= 0) {
					throw new InvalidInput("scope.vendorId", "give the vendor's id");
				}
				yield OrgScope.vendor(choice.vendorId());
			}
		};
	}

	/** Regions and stores an administrator may pick as an account's scope. */
	@Transactional(readOnly = true)
	public ScopeOptions scopeOptions(Actor admin) {
		Reach reach = policy.reachOf(admin);
		if (reach.everyone()) {
			List<StoreRef> stores = new ArrayList<>();
			org.regions().forEach(region -> stores.addAll(org.storesOfRegion(region.id())));
			return new ScopeOptions(reach.grantable(), org.regions(), stores);
		}
		return new ScopeOptions(reach.grantable(), org.region(reach.regionId()).stream().toList(),
				org.storesOfRegion(reach.regionId()));
	}
}
