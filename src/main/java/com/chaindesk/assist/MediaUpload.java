package com.chaindesk.assist;

/** A file a user handed in, named by the form or multipart field it came in ({@code image}, {@code audio}). */
public record MediaUpload(String field, String filename, String contentType, byte[] bytes) {
}
