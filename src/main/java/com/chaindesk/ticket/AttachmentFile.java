package com.chaindesk.ticket;

/** A file attached to a ticket, with its bytes, for download. */
public record AttachmentFile(AttachmentView attachment, byte[] content) {
}
