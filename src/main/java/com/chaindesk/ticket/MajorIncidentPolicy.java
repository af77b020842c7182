package com.chaindesk.ticket;

import com.chaindesk.platform.Actor;
import com.chaindesk.platform.Role;
import org.springframework.stereotype.Component;

/**
 * Who runs major incidents: the service desk (L1 agents), support engineers and HQ admins declare them, link store
 * tickets under them, and speak to every linked store through them. Region managers, stores and vendors do not: a
 * major incident's update reaches stores across the chain.
 */
@Component
public class MajorIncidentPolicy {

	public boolean mayRun(Actor actor) {
		return actor.hasAny(Role.L1_AGENT, Role.ENGINEER, Role.HQ_ADMIN);
	}
}
