package com.chaindesk.identity.web;

import java.util.Base64;
import java.util.List;

import com.chaindesk.identity.security.SecondFactorPolicy;
import com.chaindesk.identity.security.SecondFactorStep;
import com.chaindesk.identity.security.SecondFactors;
import com.chaindesk.identity.security.SignedInUser;
import com.chaindesk.identity.security.TotpCodes;
import com.chaindesk.platform.InvalidInput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page and the second step after it: a code from the authenticator app, or setting one up.
 */
@Controller
class SignInPages {

	private static final String ENROLMENT_SECRET = "chaindesk.enrolment-secret";

	private final SecondFactors factors;
	private final SecondFactorStep step;
	private final TotpCodes totp;

	SignInPages(SecondFactors factors, SecondFactorStep step, TotpCodes totp, SecondFactorPolicy policy) {
		this.factors = factors;
		this.step = step;
		this.totp = totp;
	}

	@GetMapping("/login")
	String login() {
		return "identity/login";
	}

	@GetMapping("/login/second-factor")
	String secondFactor(Authentication authentication, HttpSession session, Model model) {
		SignedInUser user = (SignedInUser) authentication.getPrincipal();
		boolean enrolling = authentication.getAuthorities().stream()
				.anyMatch(a -> SecondFactorStep.PENDING_ENROLMENT.equals(a.getAuthority()));
		halfSignedIn(model);
		model.addAttribute("enrolling", enrolling);
		if (enrolling) {
			String secret = (String) session.getAttribute(ENROLMENT_SECRET);
			if (secret == null) {
				secret = totp.newSecret();
				session.setAttribute(ENROLMENT_SECRET, secret);
			}
			addEnrolment(model, secret, user.getUsername());
		}
		return "identity/second-factor";
	}

	@PostMapping("/login/second-factor")
	String checkCode(@RequestParam(defaultValue = "") String code, Authentication authentication, HttpSession session,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		SignedInUser user = (SignedInUser) authentication.getPrincipal();
		boolean enrolling = authentication.getAuthorities().stream()
				.anyMatch(a -> SecondFactorStep.PENDING_ENROLMENT.equals(a.getAuthority()));
		halfSignedIn(model);
		if (enrolling) {
			String secret = (String) session.getAttribute(ENROLMENT_SECRET);
			try {
				List<String> recovery = factors.enrol(user.actor(), secret, code);
				session.removeAttribute(ENROLMENT_SECRET);
				step.complete(user, request, response);
				model.addAttribute("recoveryCodes", recovery);
				return "identity/recovery-codes";
			}
			catch (InvalidInput wrong) {
				model.addAttribute("enrolling", true);
				model.addAttribute("wrongCode", true);
				addEnrolment(model, secret, user.getUsername());
				return "identity/second-factor";
			}
		}
		if (factors.verify(user.actor().userId(), user.getUsername(), code)) {
			step.complete(user, request, response);
			return "redirect:/";
		}
		model.addAttribute("enrolling", false);
		model.addAttribute("wrongCode", true);
		return "identity/second-factor";
	}

	/**
	 * Until every factor is in, the frame shows no menu and no user menu: their links would only lead back here.
	 */
	private static void halfSignedIn(Model model) {
		model.addAttribute("actor", null);
		model.addAttribute("menu", List.of());
	}

	private void addEnrolment(Model model, String secret, String username) {
		String uri = totp.enrolmentUri(secret, username);
		model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").trim());
		model.addAttribute("qr", "data:image/png;base64," + Base64.getEncoder().encodeToString(QrImage.png(uri, 240)));
	}
}
