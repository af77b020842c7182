package com.chaindesk.dispatch;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which rule fires for a ticket: the rules of the store's region first, then HQ's, each in their order; the first
 * that matches wins. A region tunes dispatch for its stores without copying HQ's book; when nothing matches the
 * caller falls back to the HQ L1 desk.
 */
public final class DispatchPolicy {

	private static final Comparator<DispatchRule> ORDER = Comparator.comparing((DispatchRule r) -> r.hq() ? 1 : 0)
			.thenComparingInt(DispatchRule::position).thenComparingLong(DispatchRule::id);

	private final List<DispatchRule> rules;

	public DispatchPolicy(List<DispatchRule> rules) {
		this.rules = rules.stream().sorted(ORDER).toList();
	}

	public Optional<DispatchRule> firing(TicketSample sample) {
		return rules.stream().filter(rule -> rule.matches(sample)).findFirst();
	}

	/** The rules a store of {@code regionId} is dispatched by, in the order they are tried. */
	public List<DispatchRule> orderFor(long regionId) {
		return rules.stream().filter(r -> r.hq() || r.scopeRegion() == regionId).toList();
	}
}
