package com.chaindesk.knowledge.api;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import com.chaindesk.knowledge.ArticleDetail;
import com.chaindesk.knowledge.ArticleFileRef;
import com.chaindesk.knowledge.ArticleKind;
import com.chaindesk.knowledge.ArticleStatus;
import com.chaindesk.knowledge.ArticleSummary;
import com.chaindesk.knowledge.ArticleVersionView;
import com.chaindesk.knowledge.ArticleContent;
import com.chaindesk.knowledge.ArticleHelpfulness;
import com.chaindesk.knowledge.FileRefused;
import com.chaindesk.knowledge.KnowledgeAuthoring;
import com.chaindesk.knowledge.KnowledgeFeedbackReport;
import com.chaindesk.knowledge.KnowledgeLibrary;
import com.chaindesk.knowledge.ReaderArticle;
import com.chaindesk.knowledge.VersionDiff;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Knowledge articles over JSON: write, review and publish (each change takes the {@code version} last read and
 * answers 409 when someone changed the article since), versions and diffs, readers' published view and feedback.
 * Search is not here: {@code /api/v1/knowledge/search} belongs to the search index.
 */
@RestController
@RequestMapping("/api/v1/knowledge")
class KnowledgeApi {

	private final KnowledgeAuthoring authoring;
	private final KnowledgeLibrary library;
	private final KnowledgeFeedbackReport report;

	KnowledgeApi(KnowledgeAuthoring authoring, KnowledgeLibrary library, KnowledgeFeedbackReport report) {
		this.authoring = authoring;
		this.library = library;
		this.report = report;
	}

	/** Published articles the caller's scope reads (local replacements hiding HQ ones), newest first. */
	@GetMapping("/articles")
	List<ArticleSummary> published(@RequestParam(required = false) String category,
			@RequestParam(required = false) ArticleKind kind, @RequestParam(defaultValue = "50") int limit) {
		return library.published(category, kind, limit);
	}

	@PostMapping("/articles")
	ResponseEntity<ArticleDetail> draft(@RequestBody ArticleRequests.Write body) {
		ArticleDetail detail = authoring.draft(body.draft());
		return ResponseEntity.created(URI.create("/api/v1/knowledge/articles/" + detail.id())).body(detail);
	}

	/** A draft from a resolved ticket, for an engineer to edit. */
	@PostMapping("/articles/from-ticket/{ticketId}")
	ResponseEntity<ArticleDetail> fromTicket(@PathVariable long ticketId) {
		ArticleDetail detail = authoring.draftFromTicket(ticketId);
		return ResponseEntity.created(URI.create("/api/v1/knowledge/articles/" + detail.id())).body(detail);
	}

	/** The article as its authors and reviewers see it (any status). */
	@GetMapping("/articles/{id}")
	ArticleDetail detail(@PathVariable long id) {
		return library.detail(id);
	}

	/** The published version as a reader sees it; counts as one reading from the caller's store. */
	@GetMapping("/articles/{id}/published")
	ReaderArticle read(@PathVariable long id) {
		return library.read(id);
	}

	@PutMapping("/articles/{id}")
	ArticleDetail edit(@PathVariable long id, @RequestBody ArticleRequests.Write body) {
		return authoring.edit(id, ArticleRequests.version(body.version()), body.draft());
	}

	@PostMapping("/articles/{id}/submit")
	ArticleDetail submit(@PathVariable long id, @RequestBody ArticleRequests.Versioned body) {
		return authoring.submit(id, ArticleRequests.version(body.version()));
	}

	@PostMapping("/articles/{id}/approve")
	ArticleDetail approve(@PathVariable long id, @RequestBody ArticleRequests.Versioned body) {
		return authoring.approve(id, ArticleRequests.version(body.version()));
	}

	@PostMapping("/articles/{id}/reject")
	ArticleDetail reject(@PathVariable long id, @RequestBody ArticleRequests.Versioned body) {
		return authoring.sendBack(id, ArticleRequests.version(body.version()), body.reason());
	}

	@PostMapping("/articles/{id}/retire")
	ArticleDetail retire(@PathVariable long id, @RequestBody ArticleRequests.Versioned body) {
		return authoring.retire(id, ArticleRequests.version(body.version()));
	}

	@GetMapping("/articles/{id}/versions")
	List<ArticleVersionView> versions(@PathVariable long id) {
		return library.versions(id);
	}

	@GetMapping("/articles/{id}/versions/{number}")
	ArticleContent version(@PathVariable long id, @PathVariable int number) {
		return library.version(id, number);
	}

	@GetMapping("/articles/{id}/diff")
	VersionDiff diff(@PathVariable long id, @RequestParam int from, @RequestParam int to) {
		return library.diff(id, from, to);
	}

	@PostMapping("/articles/{id}/feedback")
	ResponseEntity<Void> feedback(@PathVariable long id, @RequestBody ArticleRequests.Feedback body) {
		if (body.helpful() == null) {
			throw new InvalidInput("helpful", "required: true or false");
		}
		authoring.feedback(id, body.helpful(), body.comment());
		return ResponseEntity.noContent().build();
	}

	/** Adds an image ({@code purpose=IMAGE}, shown in the article) or an attachment (the default). */
	@PostMapping("/articles/{id}/files")
	ResponseEntity<ArticleFileRef> attach(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "ATTACHMENT") String purpose) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new InvalidInput("file", "required");
		}
		ArticleFileRef ref = authoring.attach(id, purpose, file.getOriginalFilename(), file.getContentType(), file.getBytes());
		return ResponseEntity.created(URI.create(ref.url())).body(ref);
	}

	@GetMapping("/articles/{id}/files")
	List<ArticleFileRef> files(@PathVariable long id) {
		return library.files(id);
	}

	/** Articles waiting for the caller's review. */
	@GetMapping("/review")
	List<ArticleSummary> reviewQueue() {
		return library.reviewQueue();
	}

	/** Articles of the chapters the caller writes in. */
	@GetMapping("/workbench")
	List<ArticleSummary> workbench(@RequestParam(required = false) ArticleStatus status) {
		return library.workbench(status, 200);
	}

	/** Views and votes from the caller's scope over a period (ISO instants), most viewed first. */
	@GetMapping("/feedback-report")
	List<ArticleHelpfulness> helpfulness(@RequestParam String from, @RequestParam String to,
			@RequestParam(defaultValue = "20") int limit) {
		return report.helpfulness(CurrentActor.scope(), instant("from", from), instant("to", to), limit);
	}

	private static Instant instant(String field, String text) {
		try {
			return Instant.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInput(field, "an ISO-8601 instant such as 2026-11-01T00:00:00Z");
		}
	}

	@ExceptionHandler(FileRefused.class)
	ResponseEntity<ProblemDetail> refused(FileRefused e) {
		HttpStatus status = e.reason() == FileRefused.Reason.TOO_LARGE ? HttpStatus.CONTENT_TOO_LARGE
				: HttpStatus.UNSUPPORTED_MEDIA_TYPE;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
		problem.setTitle(e.reason() == FileRefused.Reason.TOO_LARGE ? "File too large" : "File type not accepted");
		problem.setType(URI.create("https://chaindesk.dev/problems/" + status.value()));
		problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
		return ResponseEntity.status(status).body(problem);
	}
}
