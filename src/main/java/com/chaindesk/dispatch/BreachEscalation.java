package com.chaindesk.dispatch;

import com.chaindesk.sla.BreachFollowUps;
import com.chaindesk.sla.SlaBreached;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The breach actions of setting sla.breach-actions, in order, for each breach once: a ticket that breaches its
 * resolution target goes one tier up on its own (nobody has to notice the red clock first), then the SLA module
 * notes the breach and tells the region manager. Tickets with a vendor, already at L3, or no longer open are left
 * where they are; that is a decision, not a failure, and they still get their note.
 * <p>
 * Heard the moment the breach is published, inside the timer's transaction: the breach, its escalation and its
 * note commit together or not at all (a timer that fails runs again), and a breach costs no event publication or
 * transaction of its own. Not before commit: events the escalation publishes (the ticket's new holder) must still
 * reach their own before-commit listeners, which a listener running in that phase would be too late to register.
 */
@Component
class BreachEscalation {

	private final Escalations escalations;
	private final BreachFollowUps followUps;

	BreachEscalation(Escalations escalations, BreachFollowUps followUps) {
		this.escalations = escalations;
		this.followUps = followUps;
	}

	@EventListener
	void on(SlaBreached breached) {
		if ("RESOLUTION".equals(breached.clock()) && followUps.actionsFor(breached).escalateOnBreach()) {
			escalations.upOnBreach(breached.ticketId(),
					"SLA 解决时限已于 " + breached.dueAt() + " 超时，自动升级 / resolution target missed");
		}
		followUps.breached(breached);
	}
}
