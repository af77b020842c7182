package com.chaindesk.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.chaindesk.dispatch.Dispatcher;
import com.chaindesk.dispatch.Escalations;
import com.chaindesk.dispatch.Route;
import com.chaindesk.org.Tier;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.ChainClock;
import com.chaindesk.ticket.Assignment;
import com.chaindesk.ticket.NewTicket;
import com.chaindesk.ticket.TicketManagement;
import com.chaindesk.ticket.TicketQueries;
import com.chaindesk.ticket.TicketStatus;
import com.chaindesk.ticket.TicketView;
import org.springframework.stereotype.Component;

import static com.chaindesk.demo.HistoryPeople.as;

/**
 * Writes one planned ticket through the ticket and dispatch services, each step as of its own past moment and as
 * the person who took it. The desk assigns by the rule book's choice itself (the same choice automatic dispatch
 * would make), so dispatch, hearing of the ticket later, finds it held and leaves it alone.
 */
@Component
class HistoryWriter {

	private final TicketManagement tickets;
	private final Dispatcher dispatcher;
	private final Escalations escalations;
	private final TicketQueries queries;
	private final ChainClock clock;

	HistoryWriter(TicketManagement tickets, TicketQueries queries, Dispatcher dispatcher, Escalations escalations,
			ChainClock clock) {
		this.tickets = tickets;
		this.queries = queries;
		this.dispatcher = dispatcher;
		this.escalations = escalations;
		this.clock = clock;
	}

	void write(PastTicket past, HistoryPeople people) {
		try (ChainClock.PastMoment moment = clock.asOf(past.openedAt())) {
			Actor store = people.store(past.storeId());
			TicketView[] ticket = { as(store, () -> tickets.open(new NewTicket(past.type(), past.storeId(), past.category(),
					past.subject(), past.description(), past.impact(), past.urgency(), null, answers(past)))) };
			long id = ticket[0].id();
			for (Step step : steps(past)) {
				moment.moveTo(step.at());
				ticket[0] = step.work().take(id, ticket[0], people, store);
			}
		}
	}

	private record Step(Instant at, int order, Work work) {
	}

	@FunctionalInterface
	private interface Work {
		TicketView take(long id, TicketView ticket, HistoryPeople people, Actor store);
	}

	/** The planned steps in the order they happened (same moment: the order of a ticket's life). */
	private List<Step> steps(PastTicket past) {
		List<Step> steps = new ArrayList<>();
		add(steps, past.assignedAt(), 1, (id, t, people, store) -> {
			Route route = as(Actor.SYSTEM, () -> dispatcher.preview(t.storeId(), t.category(), t.priority()));
			return as(people.desk(), () -> tickets.assign(id, new Assignment(route.team(), route.agent(), route.vendor(),
					route.tier()), t.version()));
		});
		add(steps, past.startedAt(), 2, (id, t, people, store) -> as(holder(t, people),
				() -> tickets.move(id, TicketStatus.IN_PROGRESS, null)));
		add(steps, past.notedAt(), 3, (id, t, people, store) -> past.note() == null ? t
				: as(holder(t, people), () -> tickets.comment(id, past.note(), true)));
		add(steps, past.escalatedAt(), 4, (id, t, people, store) -> {
			TicketView now = t;
			// A vendor's ticket stays with the vendor; L3 experts keep what reaches them (escalating further is refused).
			for (int i = 0; i < past.escalations() && now.assignment().vendor() == null && now.assignment().tier() != Tier.L3; i++) {
				as(people.desk(), () -> escalations.escalate(id, "远程处理未果，升级处理 / remote fix failed, escalating", null, null));
				now = as(Actor.SYSTEM, () -> queries.find(id));
			}
			return now;
		});
		add(steps, past.waitingSince(), 5, (id, t, people, store) -> as(holder(t, people),
				() -> tickets.move(id, past.waiting(), past.waiting() == TicketStatus.WAITING_ON_VENDOR
						? "等待厂商备件 / waiting for the vendor's spare part" : "请门店确认设备型号 / please confirm the model")));
		add(steps, past.resolvedAt(), 6, (id, t, people, store) -> as(holder(t, people),
				() -> tickets.move(id, TicketStatus.RESOLVED, past.resolution())));
		add(steps, past.ratedAt(), 7, (id, t, people, store) -> as(store, () -> tickets.rate(id, past.score(), past.remark())));
		add(steps, past.closedAt(), 8, (id, t, people, store) -> t.status() == TicketStatus.RESOLVED
				? as(store, () -> tickets.move(id, TicketStatus.CLOSED, null)) : t);
		steps.sort(Comparator.comparing(Step::at).thenComparingInt(Step::order));
		return steps;
	}

	private static void add(List<Step> steps, Instant at, int order, Work work) {
		if (at != null) {
			steps.add(new Step(at, order, work));
		}
	}

	private static Actor holder(TicketView ticket, HistoryPeople people) {
		return people.holder(ticket.assignment().tier(), ticket.assignment().vendor());
	}

	/** What a store fills in for the category's own fields (the register is required for POS), varied but repeatable. */
	static Map<String, Object> answers(PastTicket past) {
		int n = Math.floorMod(java.util.Objects.hash(past.storeId(), past.openedAt()), 1000);
		String category = past.category();
		if (category.equals("pos") || category.startsWith("pos-")) {
			return Map.of("register", "%02d".formatted(1 + n % 8));
		}
		if (category.equals("esl") || category.startsWith("esl-")) {
			return Map.of("shelf", "%c-%02d".formatted((char) ('A' + n % 6), 1 + n % 20));
		}
		if (category.equals("network") || category.startsWith("network-")) {
			return Map.of("devices", 1 + n % 12, "line", java.util.List.of("Broadband", "4G/5G", "Wi-Fi", "VPN").get(n % 4));
		}
		return Map.of();
	}
}
