package com.chaindesk.dispatch;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.chaindesk.audit.AuditEvent;
import com.chaindesk.audit.AuditTrail;
import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.StoreRef;
import com.chaindesk.org.TeamManagement;
import com.chaindesk.org.TeamView;
import com.chaindesk.org.VendorManagement;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.FieldProblem;
import com.chaindesk.platform.InvalidInput;
import com.chaindesk.platform.NotFound;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.OutsideScope;
import com.chaindesk.platform.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rule book as people keep it: HQ admins write HQ's rules (and any region's), a region manager writes their
 * region's rules; both read what applies to them. Every change is audited.
 */
@Service
@Transactional
public class RuleManagement {

	private final RuleBook book;
	private final OrgDirectory directory;
	private final TeamManagement teams;
	private final VendorManagement vendors;
	private final AuditTrail audit;
	private final Clock clock;

	RuleManagement(RuleBook book, OrgDirectory directory, TeamManagement teams, VendorManagement vendors, AuditTrail audit, Clock clock) {
		this.clock = clock;
		this.book = book;
		this.directory = directory;
		this.teams = teams;
		this.vendors = vendors;
		this.audit = audit;
	}

	/** The rules the reader may see, in the order they are tried for their region (HQ: every region's, then HQ's). */
	@Transactional(readOnly = true)
	public List<DispatchRule> visible() {
		Actor actor = CurrentActor.get();
		if (!Dispatcher.mayReadRules(actor)) {
			throw new OutsideScope("Dispatch rules are for HQ and region managers.");
		}
		return book.all().stream().filter(r -> r.hq() || actor.scope().coversRegion(r.scopeRegion())).toList();
	}

	public DispatchRule add(NewRule draft) {
		Actor actor = CurrentActor.get();
		checkWrites(actor, draft.scopeRegion());
		List<FieldProblem> problems = new ArrayList<>();
		if (draft.team() == null && draft.tier() == null && draft.vendor() == null) {
			problems.add(new FieldProblem("team", "give a team, a tier or a vendor the rule sends tickets to"));
		}
		String category = draft.category() == null || draft.category().isBlank() ? null : draft.category().strip();
		if (category != null && !category.matches("[a-z0-9-]{1,60}")) {
			problems.add(new FieldProblem("category", "a category code (prefix) such as network or pos-terminal"));
		}
		if (draft.scopeRegion() != null && directory.region(draft.scopeRegion()).isEmpty()) {
			problems.add(new FieldProblem("scopeRegion", "unknown region: " + draft.scopeRegion()));
		}
		if (draft.region() != null && directory.region(draft.region()).isEmpty()) {
			problems.add(new FieldProblem("region", "unknown region: " + draft.region()));
		}
		if (draft.store() != null) {
			StoreRef store = directory.store(draft.store()).orElse(null);
			if (store == null) {
				problems.add(new FieldProblem("store", "unknown store: " + draft.store()));
			}
			else if (draft.scopeRegion() != null && store.regionId() != draft.scopeRegion()) {
				problems.add(new FieldProblem("store", "store " + store.code() + " is not in this rule's region"));
			}
		}
		if (draft.team() != null) {
			try {
				TeamView team = teams.find(draft.team());
				if (draft.scopeRegion() != null && team.regionId() != null && !team.regionId().equals(draft.scopeRegion())) {
					problems.add(new FieldProblem("team", "team " + team.code() + " belongs to another region"));
				}
			}
			catch (NotFound e) {
				problems.add(new FieldProblem("team", "unknown team: " + draft.team()));
			}
		}
		if (draft.vendor() != null) {
			try {
				vendors.find(draft.vendor());
			}
			catch (NotFound e) {
				problems.add(new FieldProblem("vendor", "unknown vendor: " + draft.vendor()));
			}
		}
		if (draft.note() != null && draft.note().length() > 200) {
			problems.add(new FieldProblem("note", "at most 200 characters"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		int position = draft.position() != null ? draft.position() : book.nextPosition(draft.scopeRegion());
		DispatchRule rule = new DispatchRule(0, draft.scopeRegion(), position, category, draft.store(), draft.region(),
				draft.priorities(), draft.team(), draft.tier(), draft.vendor(),
				draft.note() == null || draft.note().isBlank() ? null : draft.note().strip());
		long id = book.add(rule, actor.username(), clock.instant());
		DispatchRule stored = book.find(id).orElseThrow();
		audit.record(new AuditEvent("dispatch.rule-added", "dispatch-rule", Long.toString(id), scopeOf(stored), null, stored));
		return stored;
	}

	public void remove(long id) {
		Actor actor = CurrentActor.get();
		DispatchRule rule = book.find(id).orElseThrow(() -> new NotFound("rule", id));
		if (!Dispatcher.mayReadRules(actor) || !rule.hq() && !actor.scope().coversRegion(rule.scopeRegion())) {
			throw new NotFound("rule", id);
		}
		checkWrites(actor, rule.scopeRegion());
		book.remove(id);
		audit.record(new AuditEvent("dispatch.rule-removed", "dispatch-rule", Long.toString(id), scopeOf(rule), rule, null));
	}

	private static void checkWrites(Actor actor, Long scopeRegion) {
		boolean hqAdmin = actor.has(Role.HQ_ADMIN) && actor.scope().isHq();
		boolean regionManager = scopeRegion != null && actor.has(Role.REGION_MANAGER) && actor.scope().coversRegion(scopeRegion);
		if (!hqAdmin && !regionManager) {
			throw new OutsideScope(scopeRegion == null ? "HQ's dispatch rules are the HQ admins' to change."
					: "A region's dispatch rules are its manager's (or HQ's) to change.");
		}
	}

	private static OrgScope scopeOf(DispatchRule rule) {
		return rule.hq() ? OrgScope.hq() : OrgScope.region(rule.scopeRegion());
	}
}
