package com.chaindesk.identity.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** Problem details written by security filters, which run before Spring MVC's exception handling. */
final class ProblemResponses {

	private ProblemResponses() {
	}

	static void write(HttpServletResponse response, HttpStatus status, String title, String detail, String challenge)
			throws IOException {
		write(response, status, title, detail, challenge, null);
	}

	/** With a machine-readable {@code reason} (an enum name), so that integrations can tell refusals apart. */
	static void write(HttpServletResponse response, HttpStatus status, String title, String detail, String challenge,
			String reason) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		if (challenge != null) {
			response.setHeader("WWW-Authenticate", challenge);
		}
		response.getWriter().write("{\"type\":\"https://chaindesk.dev/problems/" + status.value() + "\",\"title\":\""
				+ escape(title) + "\",\"status\":" + status.value() + ",\"detail\":\"" + escape(detail) + "\""
				+ (reason == null ? "" : ",\"reason\":\"" + escape(reason) + "\"") + "}");
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}
}
