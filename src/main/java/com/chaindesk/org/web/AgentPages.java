package com.chaindesk.org.web;

import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.chaindesk.org.AgentManagement;
import com.chaindesk.org.OrgAccess;
import com.chaindesk.org.RuleBroken;
import com.chaindesk.org.TeamManagement;
import com.chaindesk.org.TeamView;
import com.chaindesk.org.VendorManagement;
import com.chaindesk.org.VendorView;
import com.chaindesk.platform.Conflict;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.MenuEntry;
import com.chaindesk.platform.OutsideScope;
import com.chaindesk.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/org/agents")
class AgentPages {

	static final java.util.List<String> LANGUAGES = java.util.List.of("zh-CN", "zh-TW", "en", "yue");

	@Bean
	static MenuEntry agentsMenuEntry() {
		return new MenuEntry("/org/agents", "org.agents.title", "headset", 14,
				Set.of(Role.HQ_ADMIN, Role.REGION_MANAGER, Role.L1_AGENT, Role.ENGINEER, Role.VENDOR_ENGINEER));
	}

	private final AgentManagement agents;
	private final TeamManagement teams;
	private final VendorManagement vendors;
	private final OrgAccess access;

	AgentPages(AgentManagement agents, TeamManagement teams, VendorManagement vendors, OrgAccess access) {
		this.agents = agents;
		this.teams = teams;
		this.vendors = vendors;
		this.access = access;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("agents", agents.visible(q));
		model.addAttribute("q", q);
		lookups(model);
		model.addAttribute("mayEdit", access.administersOrganisation(CurrentActor.get()));
		return "org/agents";
	}

	@GetMapping("/new")
	String create(Model model) {
		requireAdmin();
		return form(model, new AgentForm(), null);
	}

	@PostMapping("/new")
	String enlist(@ModelAttribute("form") AgentForm form, BindingResult errors, Model model) {
		try {
			agents.enlist(form.draft());
			return "redirect:/org/agents";
		}
		catch (RuleBroken broken) {
			RuleErrors.show(broken, errors, AgentForm::fieldOf);
		}
		catch (Conflict conflict) {
			RuleErrors.show(conflict, errors, "username", model);
		}
		return form(model, form, null);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		requireAdmin();
		return form(model, AgentForm.of(agents.find(id)), id);
	}

	@PostMapping("/{id}/edit")
	String revise(@PathVariable long id, @ModelAttribute("form") AgentForm form, BindingResult errors, Model model) {
		try {
			agents.revise(id, form.draft());
			return "redirect:/org/agents";
		}
		catch (RuleBroken broken) {
			RuleErrors.show(broken, errors, AgentForm::fieldOf);
		}
		catch (Conflict conflict) {
			RuleErrors.show(conflict, errors, "username", model);
		}
		return form(model, form, id);
	}

	/** Closes (active=false) or reopens an entry from the list; it keeps its history either way. */
	@PostMapping("/{id}/status")
	String changeStatus(@PathVariable long id, @RequestParam boolean active) {
		requireAdmin();
		agents.changeStatus(id, active);
		return "redirect:/org/agents";
	}

	private void requireAdmin() {
		if (!access.administersOrganisation(CurrentActor.get())) {
			throw new OutsideScope("Only the HQ admin enlists agents.");
		}
	}

	private void lookups(Model model) {
		model.addAttribute("teamById", teams.visible(null).stream().collect(Collectors.toMap(TeamView::id, Function.identity())));
		model.addAttribute("vendorById", vendors.visible(null).stream().collect(Collectors.toMap(VendorView::id, Function.identity())));
	}

	private String form(Model model, AgentForm form, Long id) {
		model.addAttribute("form", form);
		model.addAttribute("id", id);
		model.addAttribute("teams", teams.visible(null));
		model.addAttribute("vendors", vendors.visible(null));
		model.addAttribute("languages", LANGUAGES);
		return "org/agent-form";
	}
}
