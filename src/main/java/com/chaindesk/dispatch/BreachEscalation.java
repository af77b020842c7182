package com.chaindesk.dispatch;

import com.chaindesk.org.Tier;
import com.chaindesk.platform.Conflict;
import com.chaindesk.sla.SlaBreached;
import com.chaindesk.ticket.TicketQueries;
import com.chaindesk.ticket.TicketStatus;
import com.chaindesk.ticket.TicketView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A ticket that breaches its resolution target goes one tier up on its own: nobody has to notice the red clock
 * first. Tickets with a vendor, already at L3, or no longer open are left where they are; that is a decision, not a
 * failure, so the event still counts as handled.
 */
@Component
class BreachEscalation {

	private static final Logger log = LoggerFactory.getLogger(BreachEscalation.class);

	private final Escalations escalations;
	private final TicketQueries tickets;

	BreachEscalation(Escalations escalations, TicketQueries tickets) {
		this.escalations = escalations;
		this.tickets = tickets;
	}

	@ApplicationModuleListener
	void on(SlaBreached breached) {
		if (!"RESOLUTION".equals(breached.clock())) {
			return;
		}
		TicketView ticket = tickets.find(breached.ticketId());
		if (!stillWorkedOn(ticket.status()) || ticket.assignment().vendor() != null
				|| ticket.assignment().tier() == Tier.L3) {
			return;
		}
		try {
			escalations.escalate(ticket.id(), "SLA 解决时限已于 " + breached.dueAt() + " 超时，自动升级 / resolution target missed",
					null, null);
		}
		catch (Conflict nowhereToGo) {
			log.info("Ticket {} breached its resolution target but cannot go further up: {}", ticket.number(),
					nowhereToGo.getMessage());
		}
	}

	private static boolean stillWorkedOn(TicketStatus status) {
		return status != TicketStatus.RESOLVED && status != TicketStatus.CLOSED;
	}
}
