package com.chaindesk.ticket.web;

import java.util.List;

import com.chaindesk.org.AgentManagement;
import com.chaindesk.org.AgentView;
import com.chaindesk.org.OrgDirectory;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.ticket.Assignment;
import com.chaindesk.ticket.TicketAccess;
import com.chaindesk.ticket.TicketStatus;
import org.springframework.stereotype.Component;

/** What the bulk bar offers a reader: the agents of their own team to hand tickets to, and the usual moves. */
@Component
class BulkChoices {

	/** Moves an agent makes on many tickets at once; the aggregate still refuses those not allowed from where each is. */
	static final List<TicketStatus> MOVES = List.of(TicketStatus.IN_PROGRESS, TicketStatus.WAITING_ON_STORE,
			TicketStatus.WAITING_ON_VENDOR, TicketStatus.RESOLVED);

	private final OrgDirectory directory;
	private final AgentManagement agents;
	private final TicketAccess access;

	BulkChoices(OrgDirectory directory, AgentManagement agents, TicketAccess access) {
		this.directory = directory;
		this.agents = agents;
		this.access = access;
	}

	Choices of(Actor actor) {
		Long team = directory.teamOf(actor.username()).orElse(null);
		boolean mayAssign = actor.scope().level() != OrgScope.Level.STORE
				&& access.mayAssign(actor, new Assignment(team, actor.username(), actor.scope().vendorId(), null));
		List<AgentView> teammates = team == null || !mayAssign ? List.of()
				: agents.visible("").stream().filter(a -> team.equals(a.teamId()) && "ACTIVE".equals(a.status())).toList();
		return new Choices(mayAssign, teammates, MOVES);
	}

	Long teamOf(Actor actor) {
		return directory.teamOf(actor.username()).orElse(null);
	}

	record Choices(boolean mayTake, List<AgentView> teammates, List<TicketStatus> moves) {
	}
}
