package com.chaindesk.ticket.web;

import com.chaindesk.platform.Conflict;
import com.chaindesk.platform.InvalidInput;
import com.chaindesk.platform.OutsideScope;
import com.chaindesk.ticket.TicketManagement;
import com.chaindesk.ticket.TicketQueries;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The forms of the major-incident panel on a ticket's page: declare it one, link a store ticket under it. */
@Controller
@RequestMapping("/tickets/{id}")
class MajorIncidentPages {

	private final TicketManagement management;
	private final TicketQueries queries;

	MajorIncidentPages(TicketManagement management, TicketQueries queries) {
		this.management = management;
		this.queries = queries;
	}

	@PostMapping("/major")
	String declare(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			management.declareMajor(id, reason);
			redirect.addFlashAttribute("majorNotice", "ticket.major.declared");
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("majorError", "ticket.major.reason.required");
		}
		catch (Conflict | OutsideScope e) {
			redirect.addFlashAttribute("majorError", "ticket.major.declare.refused");
		}
		return "redirect:/tickets/" + id;
	}

	/** Takes the child's number as people read it (INC-2026-000123), or its id. */
	@PostMapping("/children")
	String link(@PathVariable long id, @RequestParam(required = false) String ticket, RedirectAttributes redirect) {
		String given = ticket == null ? "" : ticket.strip();
		Long child = given.matches("\\d{1,18}") ? Long.valueOf(given) : queries.idOf(given).orElse(null);
		if (child == null) {
			redirect.addFlashAttribute("majorError", "ticket.major.link.unknown");
			return "redirect:/tickets/" + id;
		}
		try {
			management.linkChild(id, child);
			redirect.addFlashAttribute("majorNotice", "ticket.major.linked");
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("majorError", "ticket.major.link.unknown");
		}
		catch (Conflict | OutsideScope e) {
			redirect.addFlashAttribute("majorError", "ticket.major.link.refused");
		}
		return "redirect:/tickets/" + id;
	}
}
