package com.chaindesk.org.web;

import java.util.Arrays;
import java.util.List;

/** Splits what a person types as a list ("pos, printer；network") into its words. */
final class Words {

	private Words() {
	}

	static List<String> of(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split("[,;，；、\\s]+")).filter(w -> !w.isBlank()).toList();
	}
}
