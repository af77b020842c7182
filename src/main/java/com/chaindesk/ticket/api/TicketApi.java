package com.chaindesk.ticket.api;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import com.chaindesk.platform.InvalidInput;
import com.chaindesk.ticket.AttachmentFile;
import com.chaindesk.ticket.AttachmentRefused;
import com.chaindesk.ticket.AttachmentView;
import com.chaindesk.ticket.TicketFilter;
import com.chaindesk.ticket.TicketManagement;
import com.chaindesk.ticket.TicketQueries;
import com.chaindesk.ticket.TicketQueue;
import com.chaindesk.ticket.TicketStatus;
import com.chaindesk.ticket.TicketView;
import com.chaindesk.ticket.TransitionRefused;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Tickets over JSON. Lists filter silently by the caller's scope; a ticket outside it answers 404 like a missing one.
 * A refused move answers 409 listing the {@code allowed} targets.
 */
@RestController
@RequestMapping("/api/v1/tickets")
class TicketApi {

	private final TicketQueries queries;
	private final TicketManagement management;
	TicketApi(TicketQueries queries, TicketManagement management) {
		this.queries = queries;
		this.management = management;
	}

	private TicketJson json(TicketView ticket) {
		return TicketJson.of(ticket);
	}

	@GetMapping("/categories")
	List<CategoryJson> categories(@RequestParam(required = false) Long store, Locale locale) {
		return queries.categories(store).stream().map(c -> CategoryJson.of(c, locale)).toList();
	}

	/** The custom fields a report at a store asks: for one category, or for every category when none is given. */
	@GetMapping("/fields")
	List<CustomFieldJson> fields(@RequestParam(required = false) Long store, @RequestParam(required = false) String category,
			Locale locale) {
		return queries.customFields(store, category).stream().map(f -> CustomFieldJson.of(f, locale)).toList();
	}

	@PostMapping
	ResponseEntity<TicketJson> open(@RequestBody TicketRequests.Open body) {
		TicketView ticket = management.open(body.draft());
		return ResponseEntity.created(URI.create("/api/v1/tickets/" + ticket.id())).body(json(ticket));
	}

	@GetMapping
	TicketJson.Page search(@RequestParam(required = false) Long store, @RequestParam(required = false) TicketStatus status,
			@RequestParam(required = false) String assignee, @RequestParam(required = false) Long team,
			@RequestParam(required = false) String breachingWithin, @RequestParam(required = false) String queue,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return TicketJson.Page.of(queries.search(new TicketFilter(store, status, assignee, team, duration(breachingWithin),
				TicketQueue.parse(queue)), page, size));
	}

	private static Duration duration(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Duration.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInput("breachingWithin", "an ISO-8601 duration such as PT1H or PT30M, not: " + text);
		}
	}

	@GetMapping("/{id}")
	TicketJson find(@PathVariable long id) {
		return json(queries.find(id));
	}

	@PostMapping("/{id}/transitions")
	TicketJson move(@PathVariable long id, @RequestBody TicketRequests.Transition body) {
		return json(management.move(id, body.to(), body.comment()));
	}

	@PostMapping("/{id}/assign")
	TicketJson assign(@PathVariable long id, @RequestBody TicketRequests.Assign body) {
		return json(management.assign(id, body.assignment(), body.version()));
	}

	@PostMapping("/{id}/comments")
	TicketJson comment(@PathVariable long id, @RequestBody TicketRequests.Comment body) {
		return json(management.comment(id, body.text(), Boolean.TRUE.equals(body.internal())));
	}

	@PostMapping("/{id}/rating")
	TicketJson rate(@PathVariable long id, @RequestBody TicketRequests.Rate body) {
		return json(management.rate(id, body.score(), body.comment()));
	}

	@PostMapping("/{id}/watchers")
	TicketJson watch(@PathVariable long id) {
		return json(management.watch(id));
	}

	@PostMapping("/{id}/links")
	TicketJson link(@PathVariable long id, @RequestBody TicketRequests.Link body) {
		if (body.target() == null) {
			throw new InvalidInput("target", "required");
		}
		return json(management.link(id, body.kind(), body.target()));
	}

	@PostMapping("/{id}/major")
	TicketJson declareMajor(@PathVariable long id, @RequestBody TicketRequests.DeclareMajor body) {
		return json(management.declareMajor(id, body.reason()));
	}

	@PostMapping("/{id}/children")
	TicketJson linkChild(@PathVariable long id, @RequestBody TicketRequests.LinkChild body) {
		return json(management.linkChild(id, body.ticket()));
	}

	@GetMapping("/{id}/children")
	List<TicketJson.Summary> children(@PathVariable long id) {
		return queries.children(id).stream().map(TicketJson.Summary::of).toList();
	}

	@PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<AttachmentView> attach(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file)
			throws IOException {
		if (file == null) {
			throw new InvalidInput("file", "required");
		}
		AttachmentView attachment = management.attach(id, file.getOriginalFilename(), file.getContentType(), file.getBytes());
		return ResponseEntity.created(URI.create("/api/v1/tickets/" + id + "/attachments/" + attachment.id())).body(attachment);
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
		AttachmentFile file = queries.attachment(id, attachmentId);
		return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(file.attachment().mediaType()))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
						.filename(file.attachment().filename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
				.header("X-Content-Type-Options", "nosniff")
				.body(file.content());
	}

	@ExceptionHandler(TransitionRefused.class)
	ResponseEntity<ProblemDetail> refused(TransitionRefused e) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "Transition not allowed", e.getMessage());
		problem.setProperty("from", e.from());
		problem.setProperty("to", e.to());
		problem.setProperty("allowed", new java.util.TreeSet<>(e.allowed()));
		problem.setProperty("errors", List.of(java.util.Map.of("field", "to", "message", "not allowed from " + e.from())));
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@ExceptionHandler(AttachmentRefused.class)
	ResponseEntity<ProblemDetail> attachmentRefused(AttachmentRefused e) {
		HttpStatus status = e.reason() == AttachmentRefused.Reason.TOO_LARGE ? HttpStatus.CONTENT_TOO_LARGE
				: HttpStatus.UNSUPPORTED_MEDIA_TYPE;
		ProblemDetail problem = problem(status, e.reason() == AttachmentRefused.Reason.TOO_LARGE ? "File too large"
				: "File type not accepted", e.getMessage());
		problem.setProperty("errors", List.of(java.util.Map.of("field", "file", "message", e.getMessage())));
		return ResponseEntity.status(status).body(problem);
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("https://chaindesk.dev/problems/" + status.value()));
		return problem;
	}
}
