package com.chaindesk.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/** An overloaded instance says it is busy and when to come back, rather than answering 500. */
class OverloadProblemTests {

	private final ApiProblems problems = new ApiProblems();

	@Test
	void noConnectionInTimeIsA503WithRetryAfter() {
		for (RuntimeException e : new RuntimeException[] { new CannotGetJdbcConnectionException("pool exhausted"),
				new CannotCreateTransactionException("Could not open JDBC Connection for transaction") }) {
			ResponseEntity<ProblemDetail> reply = problems.overloaded(e);
			assertThat(reply.getStatusCode().value()).isEqualTo(503);
			assertThat(reply.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
			assertThat(reply.getBody().getDetail()).contains("nothing was changed");
		}
	}
}
