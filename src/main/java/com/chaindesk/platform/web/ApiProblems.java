package com.chaindesk.platform.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.chaindesk.platform.Conflict;
import com.chaindesk.platform.FieldProblem;
import com.chaindesk.platform.InvalidInput;
import com.chaindesk.platform.NotFound;
import com.chaindesk.platform.OutsideScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Turns every failure of a {@code /api/v1} call into an RFC 9457 problem detail. Problems about input carry an
 * {@code errors} list naming each field; nothing ever carries a stack trace.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	@ExceptionHandler(NotFound.class)
	ProblemDetail notFound(NotFound e) {
		return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), List.of());
	}

	@ExceptionHandler(OutsideScope.class)
	ProblemDetail outsideScope(OutsideScope e) {
		return problem(HttpStatus.FORBIDDEN, "Outside your scope", e.getMessage(), List.of());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail accessDenied(AccessDeniedException e) {
		return problem(HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this.", List.of());
	}

	@ExceptionHandler(Conflict.class)
	ProblemDetail conflict(Conflict e) {
		List<FieldProblem> fields = e.field() == null ? List.of() : List.of(new FieldProblem(e.field(), e.getMessage()));
		return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage(), fields);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail staleVersion(OptimisticLockingFailureException e) {
		return problem(HttpStatus.CONFLICT, "Changed by someone else",
				"Someone else changed this record since you loaded it. Reload it and apply your change again.",
				List.of(new FieldProblem("version", "stale version")));
	}

	@ExceptionHandler(DuplicateKeyException.class)
	ProblemDetail duplicate(DuplicateKeyException e) {
		return problem(HttpStatus.CONFLICT, "Already exists", "A record with the same key already exists.", List.of());
	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalid(InvalidInput e) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid input", e.getMessage(), e.problems());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid parameter", "Parameter '" + e.getName() + "' has the wrong format.",
				List.of(new FieldProblem(e.getName(), "wrong format")));
	}

	/**
	 * Every database connection busy for longer than the pool waits: the instance is overloaded, not broken. Say so
	 * and when to try again (the transaction rolled back, nothing was half done).
	 */
	@ExceptionHandler({ CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class })
	ResponseEntity<ProblemDetail> overloaded(RuntimeException e) {
		log.warn("No database connection in time: answering 503 ({})", e.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
				.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Busy",
						"ChainDesk is busier than it can answer right now; nothing was changed. Try again in a few seconds.",
						List.of()));
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception e) {
		log.error("Unexpected failure", e);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected error",
				"Something went wrong on our side; nothing was changed. The error has been logged.", List.of());
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(fromBinding(e));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> fields = new ArrayList<>();
		e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error -> fields.add(
				new FieldProblem(result.getMethodParameter().getParameterName(), error.getDefaultMessage()))));
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid input", "Some parameters are invalid.", fields));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		// The innermost cause of a wrongly typed number or date is the parser's own, without a path: search the
		// whole chain for the Jackson exception that knows which field it was.
		String field = "body";
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
				field = jsonPath(jackson.getPath());
				break;
			}
		}
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Malformed request",
				"The request body could not be read" + ("body".equals(field) ? "." : " at '" + field + "'."),
				List.of(new FieldProblem(field, "malformed or wrong type"))));
	}

	static ProblemDetail fromBinding(BindException e) {
		List<FieldProblem> fields = new ArrayList<>();
		e.getFieldErrors().forEach(error -> fields.add(new FieldProblem(error.getField(), error.getDefaultMessage())));
		e.getGlobalErrors().forEach(error -> fields.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
		return problem(HttpStatus.BAD_REQUEST, "Invalid input", "Some fields are invalid.", fields);
	}

	private static String jsonPath(List<JacksonException.Reference> path) {
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

	static ProblemDetail problem(HttpStatus status, String title, String detail, List<FieldProblem> fields) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("https://chaindesk.dev/problems/" + status.value()));
		if (!fields.isEmpty()) {
			problem.setProperty("errors", fields.stream().map(f -> Map.of("field", f.field(), "message",
					f.message() == null ? "invalid" : f.message())).toList());
		}
		return problem;
	}
}
