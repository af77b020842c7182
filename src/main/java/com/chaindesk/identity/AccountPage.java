package com.chaindesk.identity;

import java.util.List;

/** One page of accounts and how many there are in all. */
public record AccountPage(List<AccountView> items, int page, int size, long total) {

	public int totalPages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < totalPages();
	}
}
