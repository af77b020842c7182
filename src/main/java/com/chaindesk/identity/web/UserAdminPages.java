package com.chaindesk.identity.web;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.chaindesk.identity.AccountAdministration;
import com.chaindesk.identity.AccountPage;
import com.chaindesk.identity.AccountQuery;
import com.chaindesk.identity.AccountView;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.Conflict;
import com.chaindesk.platform.MenuEntry;
import com.chaindesk.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The account list with its search, one account's page, and what an administrator does to it. */
@Controller
class UserAdminPages {

	static final String PATH = "/admin/users";
	private static final int PAGE_SIZE = 20;

	public record UserRow(AccountView account, String scopeName, boolean locked, String lockedUntil) {
	}

	private final AccountAdministration administration;
	private final ScopeNames scopeNames;
	private final ReaderClock clock;

	UserAdminPages(AccountAdministration administration, ScopeNames scopeNames, ReaderClock clock) {
		this.administration = administration;
		this.scopeNames = scopeNames;
		this.clock = clock;
	}

	@Bean
	static MenuEntry usersMenuEntry() {
		return new MenuEntry(PATH, "menu.users", "people", 80, Set.of(Role.HQ_ADMIN, Role.REGION_MANAGER));
	}

	@GetMapping(PATH)
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Role role,
			@RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
		Actor me = AccountSecurityPage.me();
		AccountPage found = administration.search(me, new AccountQuery(q, role, page, PAGE_SIZE));
		model.addAttribute("q", q.length() > AccountQuery.MAX_TEXT ? q.substring(0, AccountQuery.MAX_TEXT) : q);
		model.addAttribute("role", role);
		model.addAttribute("roles", EnumSet.allOf(Role.class));
		model.addAttribute("found", found);
		model.addAttribute("rows", rows(found.items(), me, locale));
		return "identity/users";
	}

	@GetMapping(PATH + "/{id}")
	String one(@PathVariable long id, Locale locale, Model model) {
		Actor me = AccountSecurityPage.me();
		AccountView account = administration.find(me, id);
		model.addAttribute("row", rows(List.of(account), me, locale).getFirst());
		model.addAttribute("self", account.id() == me.userId());
		return "identity/user";
	}

	@PostMapping(PATH + "/{id}/{action:disable|enable|unlock|reset-second-factor}")
	String act(@PathVariable long id, @PathVariable String action, RedirectAttributes redirect) {
		Actor me = AccountSecurityPage.me();
		try {
			switch (action) {
				case "disable" -> administration.disable(me, id);
				case "enable" -> administration.enable(me, id);
				case "unlock" -> administration.unlock(me, id);
				default -> administration.resetSecondFactor(me, id);
			}
			redirect.addFlashAttribute("notice", "users.notice." + action);
		}
		catch (Conflict notApplicable) {
			redirect.addFlashAttribute("problem", "users.problem.notApplicable");
		}
		return "redirect:" + PATH + "/" + id;
	}

	private List<UserRow> rows(List<AccountView> accounts, Actor reader, Locale locale) {
		Instant now = Instant.now();
		return accounts.stream().map(a -> new UserRow(a, scopeNames.of(a.scope(), locale), a.lockedAt(now),
				a.lockedAt(now) ? clock.format(a.lockedUntil(), reader) : null)).toList();
	}
}
