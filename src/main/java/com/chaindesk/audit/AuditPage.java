package com.chaindesk.audit;

import java.util.List;

/** One page of the trail, newest first. */
public record AuditPage(List<AuditEntry> content, int page, int size, long totalElements) {

	public int totalPages() {
		return (int) ((totalElements + size - 1) / size);
	}
}
