package com.chaindesk.ticket.web;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns a timeline's language-neutral assignment line ({@code agent1, T#2, V#1, L2}) into what the reader knows:
 * agents' display names, team and vendor names. Anything the reader may not see stays as it was written.
 */
record HolderNames(Map<String, String> agents, Map<String, String> holders, String separator) {

	public String describe(String line) {
		if (line == null) {
			return "";
		}
		return Arrays.stream(line.split(", ")).map(token -> agents.getOrDefault(token, holders.getOrDefault(token, token)))
				.collect(Collectors.joining(separator));
	}
}
