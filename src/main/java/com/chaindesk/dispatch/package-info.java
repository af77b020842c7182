/**
 * Who gets a ticket: ordered rules from category, store, region and priority to a team, tier or vendor (a region's
 * rules on top of HQ's for its stores), the agent chosen in the team by skill, language, load and presence, and
 * one-step escalation L1 -> L2 -> L3 or to a vendor. Chooses each ticket's first holder as it opens (implements
 * {@link com.chaindesk.ticket.OpeningDispatch}); publishes {@link com.chaindesk.dispatch.TicketEscalated}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dispatch", allowedDependencies = { "platform", "audit", "org", "config", "ticket", "sla" })
package com.chaindesk.dispatch;
