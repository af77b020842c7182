package com.chaindesk.ticket;

/** Another ticket as a pointer: its id and its human number. */
public record TicketRef(long id, String number) {
}
