package com.chaindesk.ticket;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SLA module writes its clocks' due moments onto the ticket row, in the transaction that changes the clock, so
 * queues sort and filter by due time without asking the SLA module ticket by ticket (ticket must not depend on sla).
 * The clock change itself is audited by the SLA module; this is a copy of it.
 */
@Service
public class TicketSlaMarks {

	private final Tickets tickets;

	TicketSlaMarks(Tickets tickets) {
		this.tickets = tickets;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void mark(long ticketId, SlaMark... marks) {
		tickets.mark(ticketId, List.of(marks));
	}
}
