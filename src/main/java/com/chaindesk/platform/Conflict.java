package com.chaindesk.platform;

/** The change clashes with what is already there: a duplicate code, a stale version. Becomes 409. */
public class Conflict extends RuntimeException {

	private final String field;

	public Conflict(String message) {
		this(null, message);
	}

	public Conflict(String field, String message) {
		super(message);
		this.field = field;
	}

	/** The field that clashes, if one does. */
	public String field() {
		return field;
	}
}
