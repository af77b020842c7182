package com.chaindesk.platform;

/** The thing asked for does not exist, or lies outside the caller's scope (which must not be told apart). Becomes 404. */
public class NotFound extends RuntimeException {

	private final String what;

	public NotFound(String what, Object id) {
		super(what + " " + id + " not found");
		this.what = what;
	}

	public String what() {
		return what;
	}
}
