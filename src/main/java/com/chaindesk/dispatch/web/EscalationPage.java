package com.chaindesk.dispatch.web;

import com.chaindesk.dispatch.Escalations;
import com.chaindesk.platform.Conflict;
import com.chaindesk.platform.InvalidInput;
import com.chaindesk.platform.OutsideScope;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The escalate button on a ticket's page (the ticket module only holds the form: escalation is dispatch's). */
@Controller
class EscalationPage {

	private final Escalations escalations;

	EscalationPage(Escalations escalations) {
		this.escalations = escalations;
	}

	@PostMapping("/tickets/{id}/escalate")
	String escalate(@PathVariable long id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) Escalations.Target to, RedirectAttributes redirect) {
		try {
			escalations.escalate(id, reason, to, null);
			redirect.addFlashAttribute("done", "dispatch.escalate.done");
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("notice", "reason".equals(e.problems().getFirst().field())
					? "dispatch.escalate.reason" : "dispatch.escalate.refused");
		}
		catch (Conflict | OutsideScope e) {
			redirect.addFlashAttribute("notice", "dispatch.escalate.refused");
		}
		return "redirect:/tickets/" + id;
	}
}
