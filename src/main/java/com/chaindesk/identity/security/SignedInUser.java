package com.chaindesk.identity.security;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.chaindesk.platform.Actor;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in person. Serializable, because sessions live in PostgreSQL.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer, Actor.Source {

	@Serial
	private static final long serialVersionUID = 1L;

	/** Held once every factor this person needs has been given. Everything but the sign-in pages demands it. */
	public static final String SIGNED_IN = "FACTOR_COMPLETE";

	private final Actor actor;
	private String passwordHash;
	private final boolean enabled;
	private final boolean locked;

	SignedInUser(Actor actor, String passwordHash, boolean enabled, boolean locked) {
		this.actor = actor;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.locked = locked;
	}

	@Override
	public Actor actor() {
		return actor;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authorities(actor);
	}

	static List<GrantedAuthority> authorities(Actor actor) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		actor.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		authorities.add(new SimpleGrantedAuthority(SIGNED_IN));
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return actor.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}
}
