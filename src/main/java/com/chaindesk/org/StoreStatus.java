package com.chaindesk.org;

/** Whether a store trades. A closed store keeps its history; it can be reopened. */
public enum StoreStatus {
	OPEN, CLOSED
}
