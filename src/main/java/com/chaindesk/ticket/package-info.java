/**
 * Tickets stores report: incidents, requests, complaints and callbacks, their lifecycle, comments, watchers, links,
 * attachments and the store's satisfaction rating. Publishes {@link com.chaindesk.ticket.TicketOpened},
 * {@link com.chaindesk.ticket.TicketAssigned}, {@link com.chaindesk.ticket.TicketStatusChanged} and
 * {@link com.chaindesk.ticket.TicketResolved} for SLA clocks and dispatch to hook into.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tickets", allowedDependencies = { "platform", "audit", "org", "config" })
package com.chaindesk.ticket;
