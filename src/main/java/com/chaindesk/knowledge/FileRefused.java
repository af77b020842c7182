package com.chaindesk.knowledge;

/** A file an article does not take: too large (413) or of a type it does not accept (415). */
public class FileRefused extends RuntimeException {

	public enum Reason {
		TOO_LARGE, UNSUPPORTED_TYPE
	}

	private final Reason reason;
	private final String field;

	public FileRefused(Reason reason, String field, String message) {
		super(message);
		this.reason = reason;
		this.field = field;
	}

	public Reason reason() {
		return reason;
	}

	public String field() {
		return field;
	}
}
