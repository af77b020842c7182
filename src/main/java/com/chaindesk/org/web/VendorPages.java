package com.chaindesk.org.web;

import java.util.Set;

import com.chaindesk.org.OrgAccess;
import com.chaindesk.org.RuleBroken;
import com.chaindesk.org.VendorDraft;
import com.chaindesk.org.VendorManagement;
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
@RequestMapping("/org/vendors")
class VendorPages {

	@Bean
	static MenuEntry vendorsMenuEntry() {
		return new MenuEntry("/org/vendors", "org.vendors.title", "truck", 13,
				Set.of(Role.HQ_ADMIN, Role.REGION_MANAGER, Role.L1_AGENT, Role.ENGINEER, Role.VENDOR_ENGINEER));
	}

	private final VendorManagement vendors;
	private final OrgAccess access;

	VendorPages(VendorManagement vendors, OrgAccess access) {
		this.vendors = vendors;
		this.access = access;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("vendors", vendors.visible(q));
		model.addAttribute("q", q);
		model.addAttribute("mayEdit", access.administersOrganisation(CurrentActor.get()));
		return "org/vendors";
	}

	@GetMapping("/new")
	String create(Model model) {
		requireAdmin();
		return form(model, new VendorForm(), null);
	}

	@PostMapping("/new")
	String open(@ModelAttribute("form") VendorForm form, BindingResult errors, Model model) {
		VendorDraft draft = form.draft(errors);
		if (!errors.hasErrors()) {
			try {
				vendors.open(draft);
				return "redirect:/org/vendors";
			}
			catch (RuleBroken broken) {
				RuleErrors.show(broken, errors, VendorForm::fieldOf);
			}
			catch (Conflict conflict) {
				errors.rejectValue("code", "org.rule.duplicate", conflict.getMessage());
			}
		}
		return form(model, form, null);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		requireAdmin();
		return form(model, VendorForm.of(vendors.find(id)), id);
	}

	@PostMapping("/{id}/edit")
	String revise(@PathVariable long id, @ModelAttribute("form") VendorForm form, BindingResult errors, Model model) {
		VendorDraft draft = form.draft(errors);
		if (!errors.hasErrors()) {
			try {
				vendors.revise(id, draft);
				return "redirect:/org/vendors";
			}
			catch (RuleBroken broken) {
				RuleErrors.show(broken, errors, VendorForm::fieldOf);
			}
			catch (Conflict conflict) {
				if ("code".equals(conflict.field())) {
					errors.rejectValue("code", "org.rule.duplicate", conflict.getMessage());
				}
				else {
					model.addAttribute("stale", true);
				}
			}
		}
		return form(model, form, id);
	}

	/** Closes (active=false) or reopens an entry from the list; it keeps its history either way. */
	@PostMapping("/{id}/status")
	String changeStatus(@PathVariable long id, @RequestParam boolean active) {
		requireAdmin();
		vendors.changeStatus(id, active);
		return "redirect:/org/vendors";
	}

	private void requireAdmin() {
		if (!access.administersOrganisation(CurrentActor.get())) {
			throw new OutsideScope("Only the HQ admin sets up vendors.");
		}
	}

	private String form(Model model, VendorForm form, Long id) {
		model.addAttribute("form", form);
		model.addAttribute("id", id);
		return "org/vendor-form";
	}
}
