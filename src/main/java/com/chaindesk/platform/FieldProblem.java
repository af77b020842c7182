package com.chaindesk.platform;

/** One thing wrong with one input field, named the way the client sent it (JSON property or CSV column). */
public record FieldProblem(String field, String message) {
}
