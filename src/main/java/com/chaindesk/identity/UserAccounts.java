package com.chaindesk.identity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.chaindesk.audit.AuditEvent;
import com.chaindesk.audit.AuditTrail;
import com.chaindesk.identity.security.Scopes;
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
 * Opens and looks up accounts. Every change is audited.
 */
@Service
public class UserAccounts {

	private final JdbcClient jdbc;
	private final PasswordEncoder passwords;
	private final AuditTrail audit;

	UserAccounts(JdbcClient jdbc, PasswordEncoder passwords, AuditTrail audit) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.audit = audit;
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
				.params(account.username(), account.displayName(), passwords.encode(account.password()), account.email(),
						scope.level().name(), scope.regionId(), scope.storeId(), scope.vendorId())
				.update(key, "id");
		long id = key.getKey().longValue();
		for (Role role : account.roles()) {
			jdbc.sql("insert into identity.user_role (user_id, role) values (?, ?)").params(id, role.name()).update();
		}
		AccountView view = find(id).orElseThrow();
		audit.record(new AuditEvent("user.opened", "user", account.username(), scope, null,
				Map.of("username", view.username(), "displayName", view.displayName(), "roles", view.roles(), "scope", scope.key())));
		return view;
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> find(long id) {
		return jdbc.sql("select * from identity.user_account where id = ?").param(id).query(this::view).optional();
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> findByUsername(String username) {
		return jdbc.sql("select * from identity.user_account where username = ?").param(username).query(this::view).optional();
	}

	@Transactional(readOnly = true)
	public boolean exists() {
		return jdbc.sql("select exists (select 1 from identity.user_account)").query(Boolean.class).single();
	}

	private AccountView view(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		long id = rs.getLong("id");
		Set<Role> roles = EnumSet.noneOf(Role.class);
		jdbc.sql("select role from identity.user_role where user_id = ?").param(id).query(String.class).list()
				.forEach(name -> roles.add(Role.valueOf(name)));
		java.sql.Timestamp locked = rs.getTimestamp("locked_until");
		return new AccountView(id, rs.getString("username"), rs.getString("display_name"), rs.getString("email"),
				rs.getBoolean("enabled"), roles, Scopes.read(rs), rs.getBoolean("totp_enabled"),
				locked == null ? null : locked.toInstant());
	}

	private static void validate(NewAccount account) {
		List<FieldProblem> problems = new ArrayList<>();
		if (account.username() == null || !account.username().matches("[A-Za-z0-9._-]{3,64}")) {
			problems.add(new FieldProblem("username", "3 to 64 letters, digits, dots, dashes or underscores"));
		}
		if (account.displayName() == null || account.displayName().isBlank() || account.displayName().length() > 100) {
			problems.add(new FieldProblem("displayName", "required, at most 100 characters"));
		}
		if (account.password() == null || account.password().length() < 8 || account.password().length() > 128) {
			problems.add(new FieldProblem("password", "8 to 128 characters"));
		}
		if (account.roles() == null || account.roles().isEmpty()) {
			problems.add(new FieldProblem("roles", "at least one role"));
		}
		if (account.scope() == null) {
			problems.add(new FieldProblem("scope", "required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}
}
