package com.chaindesk.org.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;

/**
 * Names the JSON field a value of the wrong type was sent for ({@code "latitude": "north"}). The shared handler
 * looks only at the innermost cause, which for numbers and dates is the parser's own exception without a path, so
 * it would answer "body"; here the whole chain is searched for the Jackson exception that knows the path.
 */
@RestControllerAdvice(basePackageClasses = UnreadableBodies.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnreadableBodies {

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException e) {
		String field = "body";
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
				field = path(jackson.getPath());
				break;
			}
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request body could not be read" + ("body".equals(field) ? "." : " at '" + field + "'."));
		problem.setTitle("Malformed request");
		problem.setType(URI.create("https://chaindesk.dev/problems/400"));
		problem.setProperty("errors", List.of(Map.of("field", field, "message", "malformed or wrong type")));
		return problem;
	}

	private static String path(List<JacksonException.Reference> path) {
		StringBuilder out = new StringBuilder();
		for (JacksonException.Reference reference : path) {
			if (reference.getPropertyName() != null) {
				if (!out.isEmpty()) {
					out.append('.');
				}
				out.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				out.append('[').append(reference.getIndex()).append(']');
			}
		}
		return out.isEmpty() ? "body" : out.toString();
	}
}
