package com.chaindesk.platform.web;

import java.io.IOException;

import com.chaindesk.platform.NotFound;
import com.chaindesk.platform.OutsideScope;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * On every page, something missing or outside the reader's scope shows the shell's 404 page, and a change the
 * reader may not make its 403 page, instead of a server error. API calls get problem details from
 * {@link ApiProblems}, which is asked first.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

	@ExceptionHandler(NotFound.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	@ExceptionHandler(OutsideScope.class)
	void outsideScope(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}
}
