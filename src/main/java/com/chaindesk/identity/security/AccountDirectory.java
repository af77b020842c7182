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

	AccountDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public SignedInUser loadUserByUsername(String username) {
		return jdbc.sql("select * from identity.user_account where username = ?").param(username)
				.query((rs, row) -> new SignedInUser(actor(rs), rs.getString("password_hash"), rs.getBoolean("enabled"),
						lockedNow(rs)))
				.optional().orElseThrow(() -> new UsernameNotFoundException(username));
	}

	Optional<Actor> actorById(long userId) {
		return jdbc.sql("select * from identity.user_account where id = ? and enabled").param(userId)
				.query((rs, row) -> actor(rs)).optional();
	}

	private Actor actor(ResultSet rs) throws SQLException {
		long id = rs.getLong("id");
		Set<Role> roles = EnumSet.noneOf(Role.class);
		jdbc.sql("select role from identity.user_role where user_id = ?").param(id).query(String.class).list()
				.forEach(name -> roles.add(Role.valueOf(name)));
		return new Actor(id, rs.getString("username"), rs.getString("display_name"), roles, Scopes.read(rs));
	}

	private static boolean lockedNow(ResultSet rs) throws SQLException {
		java.sql.Timestamp until = rs.getTimestamp("locked_until");
		return until != null && until.toInstant().isAfter(Instant.now());
	}
}
