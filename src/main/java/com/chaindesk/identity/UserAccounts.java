package com.chaindesk.identity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.chaindesk.audit.AuditEvent;
import com.chaindesk.audit.AuditTrail;
import com.chaindesk.identity.security.LoginThrottle;
import com.chaindesk.identity.security.Scopes;
import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.StoreRef;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.ClusterCache;
import com.chaindesk.platform.ClusterSignals;
import com.chaindesk.platform.Conflict;
import com.chaindesk.platform.FieldProblem;
import com.chaindesk.platform.InvalidInput;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens and looks up accounts, and lets people change their own password. Every change is audited, never with a
 * password or secret in it.
 */
@Service
public class UserAccounts {

	public static final int MIN_PASSWORD_LENGTH = 8;
	public static final int MAX_PASSWORD_LENGTH = 128;

	private final JdbcClient jdbc;
	private final PasswordEncoder passwords;
	private final AuditTrail audit;
	private final OrgDirectory org;
	private final LoginThrottle throttle;
	/**
	 * Who holds a role at a scope, remembered: every SLA breach asks for its region's managers, and accounts are
	 * opened, disabled and enabled a few times a week. Those writes make every instance forget.
	 */
	private final ClusterCache<String, List<AccountView>> holders;

	UserAccounts(JdbcClient jdbc, PasswordEncoder passwords, AuditTrail audit, OrgDirectory org, LoginThrottle throttle,
			ClusterSignals signals) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.audit = audit;
		this.org = org;
		this.throttle = throttle;
		this.holders = new ClusterCache<>(signals, "chaindesk_identity_holders", Duration.ofMinutes(5), 10_000);
	}

	@Transactional
	public AccountView open(NewAccount account) {
		validate(account);
		if (jdbc.sql("select count(*) from identity.user_account where username = ?").param(account.username())
				.query(Long.class).single() > 0) {
			throw new Conflict("username", "An account named '" + account.username() + "' already exists.");
		}
		OrgScope scope = account.scope();
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into identity.user_account (username, display_name, password_hash, email, scope_level, region_id, store_id, vendor_id)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""")
				.params(account.username(), account.displayName().strip(), passwords.encode(account.password()),
						blankToNull(account.email()), scope.level().name(), scope.regionId(), scope.storeId(), scope.vendorId())
				.update(key, "id");
		long id = key.getKey().longValue();
		for (Role role : account.roles()) {
			jdbc.sql("insert into identity.user_role (user_id, role) values (?, ?)").params(id, role.name()).update();
		}
		holdersChanged();
		AccountView view = find(id).orElseThrow();
		audit.record(new AuditEvent("user.opened", "user", account.username(), scope, null,
				Map.of("username", view.username(), "displayName", view.displayName(), "roles", view.roles(), "scope", scope.key())));
		return view;
	}

	/**
	 * A person changes their own password, proving it is them with the current one. A wrong current password counts
	 * towards the lock like a wrong one at sign-in.
	 */
	@Transactional(noRollbackFor = InvalidInput.class)
	public void changePassword(Actor actor, String current, String next, String repeated) {
		String hash = jdbc.sql("select password_hash from identity.user_account where id = ?").param(actor.userId())
				.query(String.class).single();
		List<FieldProblem> problems = new ArrayList<>();
		if (current == null || current.length() > MAX_PASSWORD_LENGTH || !passwords.matches(current, hash)) {
			throttle.failed(actor.username());
			problems.add(new FieldProblem("currentPassword", "not your current password"));
		}
		if (next == null || next.length() < MIN_PASSWORD_LENGTH || next.length() > MAX_PASSWORD_LENGTH) {
			problems.add(new FieldProblem("newPassword", MIN_PASSWORD_LENGTH + " to " + MAX_PASSWORD_LENGTH + " characters"));
		}
		else if (!next.equals(repeated)) {
			problems.add(new FieldProblem("repeatPassword", "does not match the new password"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		jdbc.sql("update identity.user_account set password_hash = ?, version = version + 1 where id = ?")
				.params(passwords.encode(next), actor.userId()).update();
		audit.record(new AuditEvent("user.password.changed", "user", actor.username(), actor.scope(), null, null));
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> find(long id) {
		return jdbc.sql("select * from identity.user_account where id = ?").param(id).query(this::view).optional();
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> findByUsername(String username) {
		return jdbc.sql("select * from identity.user_account where username = ?").param(username).query(this::view).optional();
	}

	/**
	 * The enabled accounts holding {@code role} bound to exactly {@code scope}, e.g. the region managers of one
	 * region: whom other modules tell when something in that part of the chain needs a person. Remembered: names,
	 * roles and scope are as current as the last account opened, disabled or enabled; sign-in state (a lock, a second
	 * factor) may be older.
	 */
	@Transactional(readOnly = true)
	public List<AccountView> holding(Role role, OrgScope scope) {
		return holders.get(role.name() + '@' + scope.key(), key -> Optional.of(List.copyOf(jdbc.sql("""
				select a.* from identity.user_account a join identity.user_role r on r.user_id = a.id
				where r.role = ? and a.enabled and a.scope_level = ? and a.region_id is not distinct from ?
				  and a.store_id is not distinct from ? and a.vendor_id is not distinct from ?
				order by a.id""")
				.params(role.name(), scope.level().name(), scope.regionId(), scope.storeId(), scope.vendorId())
				.query(this::view).list()))).orElseThrow();
	}

	/** An account was opened, disabled or enabled: who holds which role may have changed. */
	void holdersChanged() {
		holders.changed();
	}

	@Transactional(readOnly = true)
	public boolean exists() {
		return jdbc.sql("select exists (select 1 from identity.user_account)").query(Boolean.class).single();
	}

	AccountView view(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		long id = rs.getLong("id");
		Set<Role> roles = EnumSet.noneOf(Role.class);
		jdbc.sql("select role from identity.user_role where user_id = ?").param(id).query(String.class).list()
				.forEach(name -> roles.add(Role.valueOf(name)));
		java.sql.Timestamp locked = rs.getTimestamp("locked_until");
		return new AccountView(id, rs.getString("username"), rs.getString("display_name"), rs.getString("email"),
				rs.getBoolean("enabled"), roles, Scopes.read(rs), rs.getBoolean("totp_enabled"),
				locked == null ? null : locked.toInstant());
	}

	/** Checks an account's details without opening it: every problem, each named by its field. */
	void validate(NewAccount account) {
		List<FieldProblem> problems = new ArrayList<>();
		if (account.username() == null || !account.username().matches("[A-Za-z0-9._-]{3,64}")) {
			problems.add(new FieldProblem("username", "3 to 64 letters, digits, dots, dashes or underscores"));
		}
		if (account.displayName() == null || account.displayName().isBlank() || account.displayName().length() > 100) {
			problems.add(new FieldProblem("displayName", "required, at most 100 characters"));
		}
		if (account.email() != null && !account.email().isBlank()
				&& (account.email().length() > 200 || !account.email().strip().matches("[^@\\s]+@[^@\\s]+"))) {
			problems.add(new FieldProblem("email", "an email address, at most 200 characters"));
		}
		if (account.password() == null || account.password().length() < MIN_PASSWORD_LENGTH
				|| account.password().length() > MAX_PASSWORD_LENGTH) {
			problems.add(new FieldProblem("password", MIN_PASSWORD_LENGTH + " to " + MAX_PASSWORD_LENGTH + " characters"));
		}
		boolean rolesGiven = account.roles() != null && account.roles().stream().noneMatch(java.util.Objects::isNull);
		if (!rolesGiven || account.roles().isEmpty()) {
			problems.add(new FieldProblem("roles", "at least one role"));
		}
		if (account.scope() == null) {
			problems.add(new FieldProblem("scope", "required"));
		}
		else {
			scopeProblem(account.scope()).ifPresent(problems::add);
			if (rolesGiven) {
				String misfits = account.roles().stream().filter(role -> !RoleScopeRule.fits(role, account.scope().level()))
						.map(Role::name).sorted().collect(Collectors.joining(", "));
				if (!misfits.isEmpty()) {
					problems.add(new FieldProblem("roles", misfits + " cannot be held for a scope of level "
							+ account.scope().level()));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	/** The region or store a scope names must exist, and a store scope must name the store's own region. */
	private Optional<FieldProblem> scopeProblem(OrgScope scope) {
		return switch (scope.level()) {
			case HQ, VENDOR -> Optional.empty();
			case REGION -> org.region(scope.regionId()).isPresent() ? Optional.empty()
					: Optional.of(new FieldProblem("scope", "no region " + scope.regionId()));
			case STORE -> {
				Optional<StoreRef> store = org.store(scope.storeId());
				if (store.isEmpty()) {
					yield Optional.of(new FieldProblem("scope", "no store " + scope.storeId()));
				}
				yield store.get().regionId() == scope.regionId() ? Optional.empty()
						: Optional.of(new FieldProblem("scope", "store " + scope.storeId() + " is not in region " + scope.regionId()));
			}
		};
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
