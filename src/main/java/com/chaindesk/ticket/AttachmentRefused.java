package com.chaindesk.ticket;

/** A file a ticket does not take: too large (413) or of a type it does not accept (415). */
public class AttachmentRefused extends RuntimeException {

	public enum Reason {
		TOO_LARGE, UNSUPPORTED_TYPE
	}

	private final Reason reason;

	public AttachmentRefused(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
