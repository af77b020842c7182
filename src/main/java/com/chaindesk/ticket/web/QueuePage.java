package com.chaindesk.ticket.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.chaindesk.org.StoreRef;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.Role;
import com.chaindesk.ticket.TicketAccess;
import com.chaindesk.ticket.TicketFilter;
import com.chaindesk.ticket.TicketPage;
import com.chaindesk.ticket.TicketQueries;
import com.chaindesk.ticket.TicketQueue;
import com.chaindesk.ticket.TicketStatus;
import com.chaindesk.ticket.TicketSummary;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The ticket list: the desk's work queues with counts and SLA countdowns, or a store's own tickets. The htmx variant
 * returns only the rows, which the page fetches again when a live update says a ticket changed.
 */
@Controller
@RequestMapping("/tickets")
class QueuePage {

	static final int MAX_PAGE_SIZE = 100;

	/** The desk's tabs, in order. */
	static final List<TicketQueue> TABS = List.of(TicketQueue.MINE, TicketQueue.TEAM, TicketQueue.UNASSIGNED,
			TicketQueue.BREACHING, TicketQueue.ALL);

	private final TicketQueries queries;
	private final TicketAccess access;
	private final BulkChoices bulk;

	QueuePage(TicketQueries queries, TicketAccess access, BulkChoices bulk) {
		this.queries = queries;
		this.access = access;
		this.bulk = bulk;
	}

	@GetMapping
	String list(@RequestParam(required = false) String queue, @RequestParam(required = false) TicketStatus status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Model model) {
		Actor actor = CurrentActor.get();
		boolean storeSide = access.storeSide(actor);
		fill(model, actor, storeSide, queue, status, page, size);
		if (!storeSide) {
			model.addAttribute("counts", queries.queueCounts());
			model.addAttribute("tabs", TABS);
			model.addAttribute("bulk", bulk.of(actor));
		}
		model.addAttribute("statuses", TicketStatus.values());
		model.addAttribute("mayOpen", actor.scope().level() != OrgScope.Level.VENDOR);
		model.addAttribute("refresh", false);
		return "ticket/tickets";
	}

	/** Only the rows: the live update's refresh. */
	@HxRequest
	@GetMapping
	String rows(@RequestParam(required = false) String queue, @RequestParam(required = false) TicketStatus status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Model model) {
		Actor actor = CurrentActor.get();
		fill(model, actor, access.storeSide(actor), queue, status, page, size);
		if (!access.storeSide(actor)) {
			model.addAttribute("counts", queries.queueCounts());
			model.addAttribute("tabs", TABS);
		}
		model.addAttribute("refresh", true);
		return "ticket/tickets :: rows";
	}

	private void fill(Model model, Actor actor, boolean storeSide, String queueCode, TicketStatus status, int page,
			int size) {
		TicketQueue queue = storeSide ? null : queueCode == null ? defaultQueue(actor) : parse(queueCode);
		TicketPage tickets = queries.search(TicketFilter.of(queue, status), Math.max(page, 0),
				Math.clamp(size, 1, MAX_PAGE_SIZE));
		Locale reader = LocaleContextHolder.getLocale();
		Instant now = Instant.now();
		model.addAttribute("tickets", tickets);
		model.addAttribute("rows", tickets.content().stream().map(t -> row(t, tickets, reader, now)).toList());
		model.addAttribute("storeSide", storeSide);
		model.addAttribute("vendorSide", actor.scope().level() == OrgScope.Level.VENDOR);
		model.addAttribute("queue", queue == null ? "" : queue.code());
		model.addAttribute("status", status);
	}

	/** A queue name from a link; an unknown one shows everything rather than an error page. */
	private static TicketQueue parse(String code) {
		try {
			TicketQueue queue = TicketQueue.parse(code);
			return queue == null ? TicketQueue.ALL : queue;
		}
		catch (com.chaindesk.platform.InvalidInput e) {
			return TicketQueue.ALL;
		}
	}

	/** Agents and engineers start on their own work; managers and admins on all they may see. */
	private static TicketQueue defaultQueue(Actor actor) {
		return actor.hasAny(Role.L1_AGENT, Role.ENGINEER, Role.VENDOR_ENGINEER) ? TicketQueue.MINE : TicketQueue.ALL;
	}

	private QueueRow row(TicketSummary t, TicketPage page, Locale reader, Instant now) {
		StoreRef store = page.stores().get(t.storeId());
		ZoneId zone = ZoneId.of(store == null ? "Asia/Shanghai" : store.timeZone());
		return new QueueRow(t, store == null ? String.valueOf(t.storeId()) : store.name(reader),
				store == null ? t.category() : queries.categoryName(store, t.category(), reader),
				page.agentName(t.assignment().agent()), Countdown.of(t.sla(), now, zone),
				java.time.format.DateTimeFormatter.ofPattern("MM-dd HH:mm").format(t.createdAt().atZone(zone)));
	}

	/** One line of the list, with everything resolved for display. */
	record QueueRow(TicketSummary ticket, String storeName, String categoryName, String agentName, Countdown sla,
			String openedLocal) {
	}
}
