package com.chaindesk.ticket;

import java.time.Instant;

/** A file attached to a ticket, without its bytes. */
public record AttachmentView(long id, String filename, String mediaType, long size, String uploadedBy, Instant uploadedAt) {
}
