package com.chaindesk.ticket;

import java.util.List;

/** One page of tickets. */
public record TicketPage(List<TicketSummary> content, long totalElements, int page, int size) {

	public int totalPages() {
		return size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
	}
}
