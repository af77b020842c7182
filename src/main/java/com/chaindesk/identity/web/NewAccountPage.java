package com.chaindesk.identity.web;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.chaindesk.identity.AccountAdministration;
import com.chaindesk.identity.AccountOpening;
import com.chaindesk.identity.AccountView;
import com.chaindesk.identity.RoleScopeRule;
import com.chaindesk.identity.ScopeChoice;
import com.chaindesk.identity.ScopeOptions;
import com.chaindesk.org.RegionRef;
import com.chaindesk.org.StoreRef;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.Conflict;
import com.chaindesk.platform.InvalidInput;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Opening an account for someone: who they are, what they do and for which part of the chain. The form offers only
 * the roles and places this administrator may give.
 */
@Controller
class NewAccountPage {

	/** The form as typed. Not an entity: the password goes to the service and nowhere else. */
	public record AccountForm(String username, String displayName, String email, String password, Set<Role> roles,
			OrgScope.Level scopeLevel, Long regionId, Long storeId, Long vendorId) {

		static AccountForm empty() {
			return new AccountForm("", "", "", "", Set.of(), null, null, null, null);
		}

		/** Never shown back to the browser. */
		AccountForm withoutPassword() {
			return new AccountForm(username, displayName, email, "", roles == null ? Set.of() : roles, scopeLevel, regionId,
					storeId, vendorId);
		}
	}

	public record StoreGroup(String region, List<StoreRef> stores) {
	}

	private final AccountAdministration administration;

	NewAccountPage(AccountAdministration administration) {
		this.administration = administration;
	}

	@GetMapping(UserAdminPages.PATH + "/new")
	String form(Locale locale, Model model) {
		return show(AccountForm.empty(), FormErrors.none(), locale, model);
	}

	@PostMapping(UserAdminPages.PATH)
	String open(@ModelAttribute AccountForm form, Locale locale, Model model, RedirectAttributes redirect) {
		Actor me = AccountSecurityPage.me();
		try {
			AccountView opened = administration.open(me, new AccountOpening(form.username(), form.displayName(),
					form.email(), form.password(), form.roles(),
					new ScopeChoice(form.scopeLevel(), form.regionId(), form.storeId(), form.vendorId())));
			redirect.addFlashAttribute("notice", "users.notice.opened");
			return "redirect:" + UserAdminPages.PATH + "/" + opened.id();
		}
		catch (InvalidInput invalid) {
			return show(form.withoutPassword(), FormErrors.of("users.error", invalid), locale, model);
		}
		catch (Conflict taken) {
			return show(form.withoutPassword(), FormErrors.of("username", "users.error.usernameTaken"), locale, model);
		}
	}

	private String show(AccountForm form, FormErrors errors, Locale locale, Model model) {
		ScopeOptions options = administration.scopeOptions(AccountSecurityPage.me());
		Set<OrgScope.Level> levels = EnumSet.noneOf(OrgScope.Level.class);
		options.roles().forEach(role -> levels.addAll(RoleScopeRule.levelsFor(role)));
		Map<Long, StoreGroup> groups = new LinkedHashMap<>();
		for (RegionRef region : options.regions()) {
			groups.put(region.id(), new StoreGroup(region.name(locale), new java.util.ArrayList<>()));
		}
		for (StoreRef store : options.stores()) {
			StoreGroup group = groups.get(store.regionId());
			if (group != null) {
				group.stores().add(store);
			}
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("grantable", EnumSet.copyOf(options.roles().isEmpty() ? Set.of(Role.STORE_STAFF) : options.roles()));
		model.addAttribute("levels", levels);
		model.addAttribute("levelNames", levels.stream().map(Enum::name).toList());
		model.addAttribute("regions", options.regions());
		model.addAttribute("storeGroups", groups.values());
		return "identity/user-new";
	}
}
