package com.chaindesk.org;

import java.util.List;

/** One page of stores; {@code page} counts from 0. */
public record StorePage(List<StoreView> content, int page, int size, long totalElements) {

	public int totalPages() {
		return (int) ((totalElements + size - 1) / size);
	}
}
