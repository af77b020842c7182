package com.chaindesk.identity.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * What happens after the password: straight in, or on to the code from the authenticator app, or on to setting one
 * up when HQ requires it and the person has none yet. Until then the session holds only a pending authority that
 * opens the second-factor pages and nothing else.
 */
@Component
public class SecondFactorStep implements AuthenticationSuccessHandler, AuthenticationFailureHandler, AccessDeniedHandler {

	public static final String PENDING_CODE = "FACTOR_PENDING_CODE";
	public static final String PENDING_ENROLMENT = "FACTOR_PENDING_ENROLMENT";

	private final SecondFactors factors;
	private final SecondFactorPolicy policy;
	private final LoginThrottle throttle;
	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SecondFactorStep(SecondFactors factors, SecondFactorPolicy policy, LoginThrottle throttle) {
		this.factors = factors;
		this.policy = policy;
		this.throttle = throttle;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		SignedInUser user = (SignedInUser) authentication.getPrincipal();
		if (factors.enrolled(user.actor().userId())) {
			pending(user, PENDING_CODE, request, response);
			response.sendRedirect(request.getContextPath() + "/login/second-factor");
		}
		else if (policy.requires(user.actor())) {
			pending(user, PENDING_ENROLMENT, request, response);
			response.sendRedirect(request.getContextPath() + "/login/second-factor");
		}
		else {
			complete(user, request, response);
			response.sendRedirect(request.getContextPath() + "/");
		}
	}

	/** Gives the session the person's full authorities once every factor is in. */
	public void complete(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
		throttle.succeeded(user.getUsername());
		save(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), request, response);
	}

	private void pending(SignedInUser user, String authority, HttpServletRequest request, HttpServletResponse response) {
		save(UsernamePasswordAuthenticationToken.authenticated(user, null, List.of(new SimpleGrantedAuthority(authority))),
				request, response);
	}

	private void save(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String reason = exception instanceof LockedException ? "locked"
				: exception instanceof DisabledException ? "disabled" : "error";
		response.sendRedirect(request.getContextPath() + "/login?" + reason);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		boolean pending = current != null && current.getAuthorities().stream()
				.anyMatch(a -> PENDING_CODE.equals(a.getAuthority()) || PENDING_ENROLMENT.equals(a.getAuthority()));
		if (pending) {
			response.sendRedirect(request.getContextPath() + "/login/second-factor");
		}
		else {
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
		}
	}
}
