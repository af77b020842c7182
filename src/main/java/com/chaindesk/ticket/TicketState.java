package com.chaindesk.ticket;

/** A ticket's status and holder, no more: what the system's own timers need to know. */
public record TicketState(long id, TicketStatus status, Assignment assignment) {
}
