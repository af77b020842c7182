package com.chaindesk.identity.web;

import java.util.Base64;
import java.util.List;

import com.chaindesk.identity.security.SecondFactors;
import com.chaindesk.identity.security.TotpCodes;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.Conflict;
import com.chaindesk.platform.InvalidInput;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Turning one's own second factor on (scan, confirm with a code, keep the recovery codes) and off, and renewing
 * recovery codes. The secret being set up waits in the session until a code proves the app has it.
 */
@Controller
class SecondFactorSettings {

	private static final String PENDING_SECRET = "chaindesk.account.enrolment-secret";
	private static final String ENROL = AccountSecurityPage.PATH + "/second-factor";

	private final SecondFactors factors;
	private final TotpCodes totp;

	SecondFactorSettings(SecondFactors factors, TotpCodes totp) {
		this.factors = factors;
		this.totp = totp;
	}

	@GetMapping(ENROL)
	String enrolment(HttpSession session, Model model) {
		Actor me = AccountSecurityPage.me();
		if (factors.enrolled(me.userId())) {
			return "redirect:" + AccountSecurityPage.PATH;
		}
		String secret = (String) session.getAttribute(PENDING_SECRET);
		if (secret == null) {
			secret = totp.newSecret();
			session.setAttribute(PENDING_SECRET, secret);
		}
		showEnrolment(model, secret, me.username());
		return "identity/account-enrol";
	}

	@PostMapping(ENROL)
	String confirm(@RequestParam(defaultValue = "") String code, HttpSession session, Model model) {
		Actor me = AccountSecurityPage.me();
		String secret = (String) session.getAttribute(PENDING_SECRET);
		if (secret == null) {
			return "redirect:" + ENROL;
		}
		try {
			List<String> recovery = factors.enrol(me, secret, code);
			session.removeAttribute(PENDING_SECRET);
			return recoveryCodes(model, recovery);
		}
		catch (InvalidInput wrong) {
			model.addAttribute("wrongCode", true);
			showEnrolment(model, secret, me.username());
			return "identity/account-enrol";
		}
		catch (Conflict alreadyOn) {
			session.removeAttribute(PENDING_SECRET);
			return "redirect:" + AccountSecurityPage.PATH;
		}
	}

	@PostMapping(AccountSecurityPage.PATH + "/second-factor/off")
	String turnOff(@RequestParam(defaultValue = "") String code, RedirectAttributes redirect) {
		try {
			factors.turnOff(AccountSecurityPage.me(), code);
			redirect.addFlashAttribute("notice", "security.notice.secondFactorOff");
		}
		catch (InvalidInput wrong) {
			redirect.addFlashAttribute("errors", FormErrors.of("offCode", "secondFactor.wrong"));
		}
		catch (Conflict notAllowed) {
			redirect.addFlashAttribute("errors", FormErrors.of("offCode", "security.secondFactor.required"));
		}
		return "redirect:" + AccountSecurityPage.PATH + "#second-factor";
	}

	@PostMapping(AccountSecurityPage.PATH + "/recovery-codes")
	String renew(@RequestParam(defaultValue = "") String code, Model model, RedirectAttributes redirect) {
		try {
			return recoveryCodes(model, factors.renewRecoveryCodes(AccountSecurityPage.me(), code));
		}
		catch (InvalidInput | Conflict wrong) {
			redirect.addFlashAttribute("errors", FormErrors.of("renewCode", "secondFactor.wrong"));
			return "redirect:" + AccountSecurityPage.PATH + "#second-factor";
		}
	}

	private static String recoveryCodes(Model model, List<String> codes) {
		model.addAttribute("recoveryCodes", codes);
		model.addAttribute("doneUrl", AccountSecurityPage.PATH);
		return "identity/recovery-codes";
	}

	private void showEnrolment(Model model, String secret, String username) {
		String uri = totp.enrolmentUri(secret, username);
		model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").trim());
		model.addAttribute("qr", "data:image/png;base64," + Base64.getEncoder().encodeToString(QrImage.png(uri, 240)));
	}
}
