package com.chaindesk.dispatch;

import com.chaindesk.ticket.Priority;

/** What dispatch rules look at in a ticket: its store (and that store's region), category and priority. */
public record TicketSample(long storeId, long regionId, String category, Priority priority) {
}
