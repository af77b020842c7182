package com.chaindesk.identity.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import com.chaindesk.platform.Actor;
import com.chaindesk.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads accounts for sign-in and for API tokens.
 */
@Component
class AccountDirectory implements UserDetailsService {

	private final JdbcClient jdbc;

	/**
	 * The account with its roles in one statement: a second query while the first one's rows are read would hold two
	 * pooled connections outside a transaction, and a burst of sign-ins then starves the pool with every thread
	 * waiting for its second connection.
	 */
	private static final String WITH_ROLES = "select a.*, array(select r.role from identity.user_role r where r.user_id = a.id)"
			+ " as roles from identity.user_account a";

	AccountDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public SignedInUser loadUserByUsername(String username) {
		return jdbc.sql(WITH_ROLES + " where username = ?").param(username)
				.query((rs, row) -> new SignedInUser(actor(rs), rs.getString("password_hash"), rs.getBoolean("enabled"),
						lockedNow(rs)))
				.optional().orElseThrow(() -> new UsernameNotFoundException(username));
	}

	Optional<Actor> actorById(long userId) {
		return jdbc.sql(WITH_ROLES + " where id = ? and enabled").param(userId)
				.query((rs, row) -> actor(rs)).optional();
	}

	private static Actor actor(ResultSet rs) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String name : (String[]) rs.getArray("roles").getArray()) {
			roles.add(Role.valueOf(name));
		}
		return new Actor(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), roles, Scopes.read(rs));
	}

	private static boolean lockedNow(ResultSet rs) throws SQLException {
		java.sql.Timestamp until = rs.getTimestamp("locked_until");
		return until != null && until.toInstant().isAfter(Instant.now());
	}
}
