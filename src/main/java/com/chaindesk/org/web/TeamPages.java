package com.chaindesk.org.web;

import java.util.Set;

import com.chaindesk.org.OrgAccess;
import com.chaindesk.org.RegionManagement;
import com.chaindesk.org.RuleBroken;
import com.chaindesk.org.TeamManagement;
import com.chaindesk.org.Tier;
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
@RequestMapping("/org/teams")
class TeamPages {

	@Bean
	static MenuEntry teamsMenuEntry() {
		return new MenuEntry("/org/teams", "org.teams.title", "people", 12,
				Set.of(Role.HQ_ADMIN, Role.REGION_MANAGER, Role.L1_AGENT, Role.ENGINEER));
	}

	private final TeamManagement teams;
	private final RegionManagement regions;
	private final OrgAccess access;

	TeamPages(TeamManagement teams, RegionManagement regions, OrgAccess access) {
		this.teams = teams;
		this.regions = regions;
		this.access = access;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("teams", teams.visible(q));
		model.addAttribute("q", q);
		model.addAttribute("regionById", RegionPages.byId(regions.visible()));
		model.addAttribute("mayEdit", access.administersOrganisation(CurrentActor.get()));
		return "org/teams";
	}

	@GetMapping("/new")
	String create(Model model) {
		requireAdmin();
		return form(model, new TeamForm(), null);
	}

	@PostMapping("/new")
	String open(@ModelAttribute("form") TeamForm form, BindingResult errors, Model model) {
		try {
			teams.open(form.draft());
			return "redirect:/org/teams";
		}
		catch (RuleBroken broken) {
			RuleErrors.show(broken, errors, TeamForm::fieldOf);
		}
		catch (Conflict conflict) {
			RuleErrors.show(conflict, errors, "code", model);
		}
		return form(model, form, null);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		requireAdmin();
		return form(model, TeamForm.of(teams.find(id)), id);
	}

	@PostMapping("/{id}/edit")
	String revise(@PathVariable long id, @ModelAttribute("form") TeamForm form, BindingResult errors, Model model) {
		try {
			teams.revise(id, form.draft());
			return "redirect:/org/teams";
		}
		catch (RuleBroken broken) {
			RuleErrors.show(broken, errors, TeamForm::fieldOf);
		}
		catch (Conflict conflict) {
			RuleErrors.show(conflict, errors, "code", model);
		}
		return form(model, form, id);
	}

	/** Closes (active=false) or reopens an entry from the list; it keeps its history either way. */
	@PostMapping("/{id}/status")
	String changeStatus(@PathVariable long id, @RequestParam boolean active) {
		requireAdmin();
		teams.changeStatus(id, active);
		return "redirect:/org/teams";
	}

	private void requireAdmin() {
		if (!access.administersOrganisation(CurrentActor.get())) {
			throw new OutsideScope("Only the HQ admin sets up teams.");
		}
	}

	private String form(Model model, TeamForm form, Long id) {
		model.addAttribute("form", form);
		model.addAttribute("id", id);
		model.addAttribute("tiers", Tier.values());
		model.addAttribute("regions", regions.visible());
		return "org/team-form";
	}
}
