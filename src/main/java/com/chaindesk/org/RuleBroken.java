package com.chaindesk.org;

import java.util.List;

import com.chaindesk.platform.InvalidInput;

/** Input that breaks one or more of the organisation's rules: a 422 naming each field, translatable on pages. */
public class RuleBroken extends InvalidInput {

	private final List<Breach> breaches;

	public RuleBroken(List<Breach> breaches) {
		super(breaches.stream().map(Breach::problem).toList());
		this.breaches = List.copyOf(breaches);
	}

	public List<Breach> breaches() {
		return breaches;
	}
}
