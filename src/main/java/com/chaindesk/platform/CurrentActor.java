package com.chaindesk.platform;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting in this thread. Outside a request (demo loading, jobs) it is {@link Actor#SYSTEM}.
 */
public final class CurrentActor {

	private CurrentActor() {
	}

	public static Actor get() {
		return find().orElse(Actor.SYSTEM);
	}

	/** The authenticated actor, if a request carries one. */
	public static Optional<Actor> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return Optional.empty();
		}
		Object principal = authentication.getPrincipal();
		if (principal instanceof Actor actor) {
			return Optional.of(actor);
		}
		if (principal instanceof Actor.Source source) {
			return Optional.of(source.actor());
		}
		return Optional.empty();
	}

	/** The scope of whoever is acting. */
	public static OrgScope scope() {
		return get().scope();
	}
}
