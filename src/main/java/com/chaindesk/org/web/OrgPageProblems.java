package com.chaindesk.org.web;

import java.io.IOException;

import com.chaindesk.platform.NotFound;
import com.chaindesk.platform.OutsideScope;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * On the organisation's pages, a missing store or one outside the reader's scope shows the shell's 404 page, and a
 * change the reader's role does not allow its 403 page, instead of a server error.
 */
@ControllerAdvice(basePackageClasses = OrgPageProblems.class)
class OrgPageProblems {

	@ExceptionHandler(NotFound.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	@ExceptionHandler(OutsideScope.class)
	void outsideScope(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}
}
