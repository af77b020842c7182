package com.chaindesk.identity.web;

import java.time.Instant;
import java.util.List;

import com.chaindesk.identity.UserAccounts;
import com.chaindesk.identity.security.ApiTokens;
import com.chaindesk.identity.security.SecondFactors;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's own security: their second factor, their personal API tokens and their password. Actions on each part
 * come back here with a notice or with the fields to fix.
 */
@Controller
class AccountSecurityPage {

	static final String PATH = "/account/security";

	public record TokenRow(long id, String name, String prefix, boolean readOnly, String createdAt, String expiresAt,
			String lastUsedAt, ApiTokens.Status status) {
	}

	private final SecondFactors factors;
	private final ApiTokens tokens;
	private final UserAccounts accounts;
	private final ReaderClock clock;

	AccountSecurityPage(SecondFactors factors, ApiTokens tokens, UserAccounts accounts, ReaderClock clock) {
		this.factors = factors;
		this.tokens = tokens;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping(PATH)
	String show(Model model) {
		Actor me = me();
		boolean enrolled = factors.enrolled(me.userId());
		model.addAttribute("enrolled", enrolled);
		model.addAttribute("recoveryLeft", enrolled ? factors.recoveryCodesLeft(me.userId()) : 0);
		model.addAttribute("mayGoWithout", factors.mayGoWithout(me));
		Instant now = Instant.now();
		List<TokenRow> rows = tokens.personalTokens(me.userId()).stream()
				.map(t -> new TokenRow(t.id(), t.name(), t.prefix(), t.readOnly(), clock.format(t.createdAt(), me),
						clock.format(t.expiresAt(), me), clock.format(t.lastUsedAt(), me), t.status(now)))
				.toList();
		model.addAttribute("tokens", rows);
		model.addAttribute("maxDays", ApiTokens.MAX_VALID_DAYS);
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FormErrors.none());
		}
		return "identity/account-security";
	}

	@PostMapping(PATH + "/password")
	String changePassword(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String repeatPassword,
			RedirectAttributes redirect) {
		try {
			accounts.changePassword(me(), currentPassword, newPassword, repeatPassword);
			redirect.addFlashAttribute("notice", "security.notice.passwordChanged");
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("errors", FormErrors.of("password.error", invalid));
		}
		return "redirect:" + PATH + "#password";
	}

	static Actor me() {
		return CurrentActor.find().orElseThrow();
	}
}
