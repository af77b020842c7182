package com.chaindesk.assist.draft;

/** Input a draft cannot be made from, naming the field the reporter must fix (answered 400). */
public class DraftRefused extends RuntimeException {

	private final String field;

	public DraftRefused(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}
}
