package com.chaindesk.dispatch;

import com.chaindesk.org.Tier;
import com.chaindesk.platform.Conflict;
import com.chaindesk.sla.BreachFollowUps;
import com.chaindesk.sla.SlaBreached;
import com.chaindesk.ticket.TicketQueries;
import com.chaindesk.ticket.TicketState;
import com.chaindesk.ticket.TicketStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The breach actions of setting sla.breach-actions, in order, for each breach once: a ticket that breaches its
 * resolution target goes one tier up on its own (nobody has to notice the red clock first), then the SLA module
 * notes the breach and tells the region manager. One listener does both so they never race for the ticket's version.
 * Tickets with a vendor, already at L3, or no longer open are left where they are; that is a decision, not a failure.
 * The escalation runs in a transaction of its own: a ticket that cannot go further up still gets its note.
 */
@Component
class BreachEscalation {

	private static final Logger log = LoggerFactory.getLogger(BreachEscalation.class);

	private final Escalations escalations;
	private final TicketQueries tickets;
	private final BreachFollowUps followUps;
	private final TransactionTemplate ownTransaction;

	BreachEscalation(Escalations escalations, TicketQueries tickets, BreachFollowUps followUps,
			PlatformTransactionManager transactions) {
		this.escalations = escalations;
		this.tickets = tickets;
		this.followUps = followUps;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@ApplicationModuleListener
	void on(SlaBreached breached) {
		if (!followUps.claim(breached)) {
			return; // followed up before: a replayed event
		}
		if ("RESOLUTION".equals(breached.clock()) && followUps.actionsFor(breached).escalateOnBreach()) {
			escalate(breached);
		}
		followUps.breached(breached);
	}

	private void escalate(SlaBreached breached) {
		try {
			ownTransaction.executeWithoutResult(tx -> {
				TicketState ticket = tickets.stateOf(breached.ticketId()).orElse(null);
				if (ticket == null || !stillWorkedOn(ticket.status()) || ticket.assignment().vendor() != null
						|| ticket.assignment().tier() == Tier.L3) {
					return;
				}
				escalations.escalate(ticket.id(), "SLA 解决时限已于 " + breached.dueAt() + " 超时，自动升级 / resolution target missed",
						null, null);
			});
		}
		catch (Conflict nowhereToGo) {
			log.info("Ticket {} breached its resolution target but cannot go further up: {}", breached.ticketId(),
					nowhereToGo.getMessage());
		}
	}

	private static boolean stillWorkedOn(TicketStatus status) {
		return status != TicketStatus.RESOLVED && status != TicketStatus.CLOSED;
	}
}
