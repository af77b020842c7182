package com.chaindesk.ticket.web;

import java.util.ArrayList;
import java.util.List;

import com.chaindesk.platform.Actor;
import com.chaindesk.platform.Conflict;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.InvalidInput;
import com.chaindesk.platform.NotFound;
import com.chaindesk.platform.OutsideScope;
import com.chaindesk.ticket.Assignment;
import com.chaindesk.ticket.TicketManagement;
import com.chaindesk.ticket.TicketQueries;
import com.chaindesk.ticket.TicketStatus;
import com.chaindesk.ticket.TicketView;
import com.chaindesk.ticket.TransitionRefused;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Working many tickets at once from a queue: take them, hand them to a teammate or move them. Each ticket is its own
 * transaction through the aggregate (and audited there): one refused ticket does not stop the others, and the result
 * page says which went through and why the others did not.
 */
@Controller
class BulkActions {

	private final TicketManagement management;
	private final TicketQueries queries;
	private final BulkChoices choices;

	BulkActions(TicketManagement management, TicketQueries queries, BulkChoices choices) {
		this.management = management;
		this.queries = queries;
		this.choices = choices;
	}

	/**
	 * @param ticket each checked ticket as {@code id:version}, the version the agent saw
	 * @param action take, assign or move
	 */
	@PostMapping("/tickets/bulk")
	String apply(@RequestParam(name = "ticket", required = false) List<String> ticket,
			@RequestParam(defaultValue = "") String action, @RequestParam(required = false) String agent,
			@RequestParam(required = false) TicketStatus to, @RequestParam(defaultValue = "") String queue, Model model) {
		Actor actor = CurrentActor.get();
		List<Outcome> outcomes = new ArrayList<>();
		String problem = problem(ticket, action, agent, to);
		if (problem == null) {
			for (String line : ticket) {
				outcomes.add(apply(line, action, agent, to, actor));
			}
		}
		model.addAttribute("problem", problem);
		model.addAttribute("outcomes", outcomes);
		model.addAttribute("done", outcomes.stream().filter(Outcome::done).count());
		model.addAttribute("queue", queue);
		return "ticket/bulk";
	}

	private static String problem(List<String> tickets, String action, String agent, TicketStatus to) {
		if (tickets == null || tickets.isEmpty()) {
			return "ticket.bulk.error.none";
		}
		return switch (action) {
			case "take" -> null;
			case "assign" -> agent == null || agent.isBlank() ? "ticket.bulk.error.agent" : null;
			case "move" -> to == null ? "ticket.bulk.error.to" : null;
			default -> "ticket.bulk.error.action";
		};
	}

	private Outcome apply(String line, String action, String agent, TicketStatus to, Actor actor) {
		String[] parts = line.split(":");
		long id;
		int version;
		try {
			id = Long.parseLong(parts[0]);
			version = parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
		}
		catch (NumberFormatException e) {
			return Outcome.refused(line, null, "ticket.bulk.refused.missing", "");
		}
		String number = String.valueOf(id);
		try {
			TicketView ticket = queries.find(id);
			number = ticket.number();
			TicketView after = switch (action) {
				case "take" -> management.assign(id, holder(ticket, actor.username(), choices.teamOf(actor), actor), version);
				case "assign" -> management.assign(id, holder(ticket, agent.strip(), choices.teamOf(actor), actor), version);
				default -> management.move(id, to, null);
			};
			return Outcome.done(number, id, after.status());
		}
		catch (TransitionRefused e) {
			return Outcome.refused(number, id, "ticket.bulk.refused.transition", e.from().name());
		}
		catch (OutsideScope e) {
			return Outcome.refused(number, id, "ticket.bulk.refused.role", "");
		}
		catch (NotFound e) {
			return Outcome.refused(number, id, "ticket.bulk.refused.missing", "");
		}
		catch (Conflict | OptimisticLockingFailureException e) {
			boolean changed = e instanceof OptimisticLockingFailureException
					|| "version".equals(((Conflict) e).field());
			return Outcome.refused(number, id, changed ? "ticket.bulk.refused.version" : "ticket.bulk.refused.closed", "");
		}
		catch (InvalidInput e) {
			return Outcome.refused(number, id, "ticket.bulk.refused.input", e.problems().getFirst().field());
		}
	}

	/** Keeps the ticket's team, vendor and tier; a ticket no team holds yet goes to the acting agent's team. */
	private static Assignment holder(TicketView ticket, String agent, Long myTeam, Actor actor) {
		Assignment held = ticket.assignment();
		Long team = held.team() != null || actor.scope().vendorId() != null ? held.team() : myTeam;
		return new Assignment(team, agent, held.vendor(), held.tier());
	}

	/** What happened to one ticket; {@code reason} is a message key, {@code detail} its argument. */
	record Outcome(String number, Long id, boolean done, TicketStatus status, String reason, String detail) {
		static Outcome done(String number, long id, TicketStatus status) {
			return new Outcome(number, id, true, status, null, null);
		}

		static Outcome refused(String number, Long id, String reason, String detail) {
			return new Outcome(number, id, false, null, reason, detail);
		}
	}
}
