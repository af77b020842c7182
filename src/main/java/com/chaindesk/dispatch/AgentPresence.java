package com.chaindesk.dispatch;

import java.time.Clock;
import java.util.Map;

import com.chaindesk.audit.AuditEvent;
import com.chaindesk.audit.AuditTrail;
import com.chaindesk.org.AgentManagement;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.NotFound;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.OutsideScope;
import com.chaindesk.platform.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Agents say whether they take new tickets (at their desk, on a break, away); dispatch skips those who do not. */
@Service
@Transactional
public class AgentPresence {

	private final AgentLoad load;
	private final AgentManagement agents;
	private final AuditTrail audit;
	private final Clock clock;

	AgentPresence(AgentLoad load, AgentManagement agents, AuditTrail audit, Clock clock) {
		this.clock = clock;
		this.load = load;
		this.agents = agents;
		this.audit = audit;
	}

	public boolean set(String username, boolean available) {
		Actor actor = CurrentActor.get();
		boolean self = actor.username().equals(username);
		if (!self && !(actor.has(Role.HQ_ADMIN) && actor.scope().isHq())) {
			throw new OutsideScope("Agents set their own presence; HQ admins anyone's.");
		}
		agents.byUsername(username).orElseThrow(() -> new NotFound("agent", username));
		boolean before = load.available(username);
		load.setAvailable(username, available, clock.instant());
		audit.record(new AuditEvent("dispatch.presence-set", "agent", username, OrgScope.hq(), Map.of("available", before),
				Map.of("available", available)));
		return available;
	}

	@Transactional(readOnly = true)
	public boolean available(String username) {
		return load.available(username);
	}
}
