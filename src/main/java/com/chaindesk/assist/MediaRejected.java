package com.chaindesk.assist;

/**
 * An upload that cannot be read: of a type we do not take ({@link Reason#UNSUPPORTED}, answered 415) or broken or
 * not what it claims to be ({@link Reason#CORRUPT}, answered 400). Names the field so the form can show it there.
 */
public class MediaRejected extends RuntimeException {

    public enum Reason { UNSUPPORTED, CORRUPT }

    private final String field;
    private final Reason reason;

    public MediaRejected(String field, Reason reason, String message) {
        super(message);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public Reason reason() {
        return reason;
    }
}
