package com.chaindesk.ticket;

import java.util.List;
import java.util.Map;

import com.chaindesk.org.StoreRef;

/**
 * One page of tickets, with the stores and agents' display names its rows mention (loaded in one statement each).
 * {@code totalIsLowerBound}: there are more than {@code totalElements} (counting stops at 10,000).
 */
public record TicketPage(List<TicketSummary> content, long totalElements, int page, int size, Map<Long, StoreRef> stores,
		Map<String, String> agentNames, boolean totalIsLowerBound) {

	public int totalPages() {
		return size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
	}

	/** An agent's display name, or the username when it is no agent of the chain. */
	public String agentName(String username) {
		return username == null ? null : agentNames.getOrDefault(username, username);
	}
}
