package com.chaindesk.assist.draft;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import com.chaindesk.assist.MediaRejected;
import com.chaindesk.assist.MediaUpload;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.multipart.MultipartFile;

/**
 * The answers both draft endpoints (API and page) give to input they cannot use: RFC 9457 problem details naming
 * the field, in the same shape as the platform's ({@code errors: [{field, message}]}), and how an uploaded part
 * becomes a {@link MediaUpload} (a file input left empty is no upload at all).
 */
public final class DraftProblems {

	private DraftProblems() {
	}

	public static ProblemDetail refused(DraftRefused e) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getMessage(), e.field());
	}

	public static ProblemDetail rejected(MediaRejected e) {
		HttpStatus status = e.reason() == MediaRejected.Reason.UNSUPPORTED ? HttpStatus.UNSUPPORTED_MEDIA_TYPE
				: HttpStatus.BAD_REQUEST;
		return problem(status, e.reason() == MediaRejected.Reason.UNSUPPORTED ? "Unsupported file" : "Unreadable file",
				e.getMessage(), e.field());
	}

	public static ProblemDetail outsideScope(String message) {
		return problem(HttpStatus.FORBIDDEN, "Outside your scope", message, "store");
	}

	public static ProblemDetail notFound(String message) {
		return problem(HttpStatus.NOT_FOUND, "Not found", message, "store");
	}

	public static MediaUpload upload(String field, MultipartFile file) {
		if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty()))) {
			return null;
		}
		try {
			return new MediaUpload(field, file.getOriginalFilename(), file.getContentType(), file.getBytes());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail, String field) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("https://chaindesk.dev/problems/" + status.value()));
		problem.setProperty("errors", List.of(Map.of("field", field, "message", detail == null ? "invalid" : detail)));
		return problem;
	}
}
