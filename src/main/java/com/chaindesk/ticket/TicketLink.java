package com.chaindesk.ticket;

/** A link from a ticket to another one. */
public record TicketLink(LinkKind kind, long target) {
}
