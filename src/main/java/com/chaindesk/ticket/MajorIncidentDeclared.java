package com.chaindesk.ticket;

import java.time.Instant;

/** A ticket was declared a major incident: one problem hitting many stores, which store tickets are linked under. */
public record MajorIncidentDeclared(long ticketId, String number, long storeId, long regionId, String reason, String by,
		Instant at) {
}
