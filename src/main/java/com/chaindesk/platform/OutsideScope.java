package com.chaindesk.platform;

/** The caller may not act on this part of the chain. Becomes 403 with no data about the target. */
public class OutsideScope extends RuntimeException {

	public OutsideScope(String message) {
		super(message);
	}
}
