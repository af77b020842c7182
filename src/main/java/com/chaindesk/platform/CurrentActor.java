package com.chaindesk.platform;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
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

	/**
	 * Runs work as {@code actor}, as a signed-in request of theirs would, then puts back whoever was acting: ChainDesk
	 * acting for itself inside a person's request (dispatching the ticket they open) sees what ChainDesk sees, and the
	 * person's own scope holds again afterwards.
	 */
	public static <T> T as(Actor actor, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new UsernamePasswordAuthenticationToken(actor, null, List.of()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
