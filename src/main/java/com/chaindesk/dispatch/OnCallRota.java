package com.chaindesk.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.chaindesk.audit.AuditEvent;
import com.chaindesk.audit.AuditTrail;
import com.chaindesk.org.AgentManagement;
import com.chaindesk.org.AgentView;
import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.TeamRef;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.FieldProblem;
import com.chaindesk.platform.InvalidInput;
import com.chaindesk.platform.NotFound;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.OutsideScope;
import com.chaindesk.platform.Role;
import com.chaindesk.platform.Conflict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The on-call rota: dated shifts of agents answering for their team out of hours. HQ admins keep every team's rota, a
 * region manager their region's teams'. Dispatch asks it who is on shift when a P1 ticket opens at night.
 */
@Service
@Transactional
public class OnCallRota {

	/** Longer than this is not a shift but a posting: put the agent in the team instead. */
	static final Duration LONGEST_SHIFT = Duration.ofHours(24);

	private final ShiftRows rows;
	private final OrgDirectory org;
	private final AgentManagement agents;
	private final AgentLoad load;
	private final AuditTrail audit;
	private final Clock clock = Clock.systemUTC();

	OnCallRota(ShiftRows rows, OrgDirectory org, AgentManagement agents, AgentLoad load, AuditTrail audit) {
		this.rows = rows;
		this.org = org;
		this.agents = agents;
		this.load = load;
		this.audit = audit;
	}

	/** The teams whose rota the actor keeps. */
	@Transactional(readOnly = true)
	public List<TeamRef> teams() {
		Actor actor = CurrentActor.get();
		return org.teams().stream().filter(t -> keeps(actor, t)).toList();
	}

	/** Shifts overlapping [from, to) of the teams the actor keeps, or of one of them. */
	@Transactional(readOnly = true)
	public List<OnCallShift> shifts(Long team, Instant from, Instant to) {
		Actor actor = CurrentActor.get();
		requireRotaKeeper(actor);
		Map<Long, TeamRef> kept = teams().stream().collect(Collectors.toMap(TeamRef::id, Function.identity()));
		if (team != null && !kept.containsKey(team)) {
			throw new OutsideScope("That team's rota is kept by HQ or its own region.");
		}
		List<Long> wanted = team != null ? List.of(team) : List.copyOf(kept.keySet());
		return rows.overlapping(wanted, from, to).stream().map(r -> view(r, kept)).toList();
	}

	public OnCallShift add(NewShift shift) {
		Actor actor = CurrentActor.get();
		requireRotaKeeper(actor);
		List<FieldProblem> problems = new ArrayList<>();
		TeamRef team = null;
		if (shift.team() == null) {
			problems.add(new FieldProblem("team", "required"));
		}
		else {
			team = org.teams().stream().filter(t -> t.id() == shift.team()).findFirst().orElse(null);
			if (team == null) {
				problems.add(new FieldProblem("team", "unknown team: " + shift.team()));
			}
		}
		if (shift.agent() == null || shift.agent().isBlank()) {
			problems.add(new FieldProblem("agent", "required"));
		}
		else if (team != null) {
			Optional<AgentView> agent = agent(shift.agent().strip());
			if (agent.isEmpty()) {
				problems.add(new FieldProblem("agent", "unknown agent: " + shift.agent().strip()));
			}
			else if (agent.get().teamId() == null || agent.get().teamId() != team.id()) {
				problems.add(new FieldProblem("agent", shift.agent().strip() + " is not an agent of " + team.code()));
			}
			else if (!"ACTIVE".equals(agent.get().status())) {
				problems.add(new FieldProblem("agent", shift.agent().strip() + " is not active"));
			}
		}
		Instant now = clock.instant();
		if (shift.from() == null) {
			problems.add(new FieldProblem("from", "required"));
		}
		if (shift.to() == null) {
			problems.add(new FieldProblem("to", "required"));
		}
		else if (!shift.to().isAfter(now)) {
			problems.add(new FieldProblem("to", "in the future: a shift that is over cannot be planned"));
		}
		if (shift.from() != null && shift.to() != null) {
			if (!shift.to().isAfter(shift.from())) {
				problems.add(new FieldProblem("to", "after from"));
			}
			else if (Duration.between(shift.from(), shift.to()).compareTo(LONGEST_SHIFT) > 0) {
				problems.add(new FieldProblem("to", "at most 24 hours after from"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		if (!keeps(actor, team)) {
			throw new OutsideScope("That team's rota is kept by HQ or its own region.");
		}
		String agent = shift.agent().strip();
		if (rows.agentBusy(agent, shift.from(), shift.to())) {
			throw new Conflict("from", agent + " already has a shift at that time.");
		}
		long id = rows.insert(team.id(), agent, shift.from(), shift.to(), actor.username(), now);
		OnCallShift added = view(rows.find(id).orElseThrow(), Map.of(team.id(), team));
		audit.record(new AuditEvent("dispatch.on-call.added", "on-call-shift", Long.toString(id), scopeOf(team), null,
				Map.of("team", team.code(), "agent", agent, "from", shift.from().toString(), "to", shift.to().toString())));
		return added;
	}

	public void remove(long id) {
		Actor actor = CurrentActor.get();
		requireRotaKeeper(actor);
		ShiftRows.Row row = rows.find(id).orElseThrow(() -> new NotFound("on-call shift", id));
		TeamRef team = org.teams().stream().filter(t -> t.id() == row.teamId()).findFirst()
				.orElseThrow(() -> new NotFound("team", row.teamId()));
		if (!keeps(actor, team)) {
			throw new NotFound("on-call shift", id);
		}
		rows.delete(id);
		audit.record(new AuditEvent("dispatch.on-call.removed", "on-call-shift", Long.toString(id), scopeOf(team),
				Map.of("team", team.code(), "agent", row.agent(), "from", row.startsAt().toString(), "to",
						row.endsAt().toString()), null));
	}

	/** The team's agent on shift at {@code at} (the least loaded if several are); empty when nobody is. */
	@Transactional(readOnly = true)
	Optional<String> onShift(long teamId, Instant at) {
		List<String> onShift = rows.onShift(teamId, at);
		Map<String, AgentLoad.Standing> standings = load.standings(onShift);
		return onShift.stream().min(Comparator.<String>comparingInt(agent -> standings.get(agent).openTickets())
				.thenComparing(Comparator.naturalOrder()));
	}

	public static boolean mayKeepRotas(Actor actor) {
		return actor.has(Role.HQ_ADMIN) && actor.scope().isHq()
				|| actor.has(Role.REGION_MANAGER) && actor.scope().level() == OrgScope.Level.REGION;
	}

	private static void requireRotaKeeper(Actor actor) {
		if (!mayKeepRotas(actor)) {
			throw new OutsideScope("The on-call rota is kept by HQ admins and region managers.");
		}
	}

	private static boolean keeps(Actor actor, TeamRef team) {
		if (actor.has(Role.HQ_ADMIN) && actor.scope().isHq()) {
			return true;
		}
		return actor.has(Role.REGION_MANAGER) && actor.scope().level() == OrgScope.Level.REGION
				&& team.regionId() != null && team.regionId().equals(actor.scope().regionId());
	}

	private Optional<AgentView> agent(String username) {
		try {
			return agents.byUsername(username);
		}
		catch (NotFound outOfSight) {
			return Optional.empty();
		}
	}

	private OnCallShift view(ShiftRows.Row r, Map<Long, TeamRef> teams) {
		TeamRef team = teams.get(r.teamId());
		String name = agent(r.agent()).map(AgentView::displayName).orElse(r.agent());
		return new OnCallShift(r.id(), r.teamId(), team == null ? null : team.code(), r.agent(), name, r.startsAt(),
				r.endsAt(), r.createdBy());
	}

	private static OrgScope scopeOf(TeamRef team) {
		return team.regionId() == null ? OrgScope.hq() : OrgScope.region(team.regionId());
	}
}
