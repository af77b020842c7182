package com.chaindesk.identity.web;

import com.chaindesk.identity.security.ApiTokens;
import com.chaindesk.platform.Conflict;
import com.chaindesk.platform.InvalidInput;
import com.chaindesk.platform.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Making and revoking one's personal API tokens. A new token's secret is rendered once and kept nowhere. */
@Controller
class PersonalTokenPages {

	private static final String TOKENS = AccountSecurityPage.PATH + "/tokens";

	private final ApiTokens tokens;
	private final ReaderClock clock;

	PersonalTokenPages(ApiTokens tokens, ReaderClock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	@PostMapping(TOKENS)
	String create(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) String validDays,
			@RequestParam(defaultValue = "false") boolean readOnly, Model model, RedirectAttributes redirect) {
		try {
			ApiTokens.IssuedToken issued = tokens.issuePersonal(AccountSecurityPage.me(), name, days(validDays), readOnly);
			model.addAttribute("token", issued.token());
			model.addAttribute("name", name.strip());
			model.addAttribute("readOnly", readOnly);
			model.addAttribute("expiresAt", clock.format(issued.expiresAt(), AccountSecurityPage.me()));
			return "identity/token-created";
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("errors", FormErrors.of("tokens.error", invalid));
			redirect.addFlashAttribute("tokenName", name.length() > 200 ? name.substring(0, 200) : name);
			redirect.addFlashAttribute("tokenDays", validDays);
			redirect.addFlashAttribute("tokenReadOnly", readOnly);
			return "redirect:" + AccountSecurityPage.PATH + "#tokens";
		}
	}

	@PostMapping(TOKENS + "/{id}/revoke")
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		try {
			tokens.revoke(AccountSecurityPage.me(), id);
			redirect.addFlashAttribute("notice", "security.notice.tokenRevoked");
		}
		catch (NotFound | Conflict gone) {
			redirect.addFlashAttribute("notice", "security.notice.tokenAlreadyGone");
		}
		return "redirect:" + AccountSecurityPage.PATH + "#tokens";
	}

	/** The days field as typed: anything that is not a whole number is left for the domain to refuse. */
	private static Integer days(String text) {
		try {
			return text == null ? null : Integer.valueOf(text.strip());
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}
}
