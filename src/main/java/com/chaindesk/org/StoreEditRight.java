package com.chaindesk.org;

/** How far a person may change a store they can see. */
public enum StoreEditRight {
	/** Everything, including close and reopen (HQ admin; a region manager within their region). */
	FULL,
	/** Only the store's own day-to-day details: opening hours, closures and phone (its store manager). */
	LOCAL,
	/** Read only. */
	NONE;

	public boolean mayEdit() {
		return this != NONE;
	}
}
