package com.chaindesk.identity.web;

import java.io.IOException;

import com.chaindesk.platform.NotFound;
import com.chaindesk.platform.OutsideScope;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Identity's pages answer a refusal or a missing account with the shell's error page, never with a 500. */
@ControllerAdvice(basePackageClasses = PageProblems.class)
class PageProblems {

	@ExceptionHandler(OutsideScope.class)
	void outsideScope(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}

	@ExceptionHandler(NotFound.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}
}
