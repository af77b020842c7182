package com.chaindesk.dispatch;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which agent of a team takes a ticket: one who is active and present, has the skill the category needs, speaks the
 * store's language and has room under their capacity; of those, the one holding fewest open tickets (then by
 * username, so the choice is repeatable). Nobody fits: the ticket waits in the team's queue.
 */
public final class AgentChoice {

	/** An agent as dispatch weighs them. {@code load} is the number of open tickets they hold. */
	public record Candidate(String username, List<String> skills, List<String> languages, int capacity, int load,
			boolean active, boolean available) {
	}

	public Optional<Candidate> choose(List<Candidate> team, String skill, String language) {
		return team.stream()
				.filter(a -> a.active() && a.available())
				.filter(a -> a.load() < a.capacity())
				.filter(a -> skill == null || a.skills().contains(skill))
				.filter(a -> language == null || a.languages().stream().anyMatch(l -> l.equalsIgnoreCase(language)))
				.min(Comparator.comparingInt(Candidate::load).thenComparing(Candidate::username));
	}

	/**
	 * The skill a category needs: its top-level code, with the store app's tickets going to agents skilled in
	 * {@code app}.
	 */
	public static String skillFor(String category) {
		if (category == null || category.isBlank()) {
			return null;
		}
		if (category.startsWith("store-app")) {
			return "app";
		}
		int dash = category.indexOf('-');
		return dash < 0 ? category : category.substring(0, dash);
	}
}
