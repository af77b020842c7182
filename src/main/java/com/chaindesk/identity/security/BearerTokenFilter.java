package com.chaindesk.identity.security;

import java.io.IOException;

import com.chaindesk.platform.Actor;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer} tokens on the API. A bad token is refused at once with the reason,
 * rather than falling through to an anonymous request.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;

	BearerTokenFilter(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		ApiTokens.Check check = tokens.check(header.substring(7).trim());
		if (check.refusal() != null) {
			ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "Invalid token", check.refusal().reason(),
					"Bearer error=\"invalid_token\", error_description=\"" + check.refusal().reason() + "\"",
					check.refusal().name());
			return;
		}
		if (check.readOnly() && !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
			ProblemResponses.write(response, HttpStatus.FORBIDDEN, "Read-only token",
					"This token may only read; ask for a token that may write.", null, "READ_ONLY_TOKEN");
			return;
		}
		Actor actor = check.actor();
		var authentication = UsernamePasswordAuthenticationToken.authenticated(actor, null, SignedInUser.authorities(actor));
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
