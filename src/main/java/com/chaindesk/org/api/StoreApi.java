package com.chaindesk.org.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.chaindesk.org.ImportRejected;
import com.chaindesk.org.StoreImport;
import com.chaindesk.org.StoreManagement;
import com.chaindesk.org.StoreQueries;
import com.chaindesk.org.StoreView;
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

/**
 * Stores over JSON. Lists filter silently by the caller's scope; a store outside it answers 404 like a missing one.
 * The import takes {@code text/csv} (UTF-8, header row; columns in {@link StoreImport}).
 */
@RestController
@RequestMapping("/api/v1/org/stores")
class StoreApi {

	private final StoreQueries queries;
	private final StoreManagement management;
	private final StoreImport storeImport;

	StoreApi(StoreQueries queries, StoreManagement management, StoreImport storeImport) {
		this.queries = queries;
		this.management = management;
		this.storeImport = storeImport;
	}

	@GetMapping
	StoreJson.Page search(@RequestParam(required = false) Long region, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return StoreJson.Page.of(queries.search(region, q, page, size));
	}

	@GetMapping("/{id}")
	StoreJson find(@PathVariable long id) {
		return StoreJson.of(queries.find(id));
	}

	@PostMapping
	ResponseEntity<StoreJson> register(@RequestBody StoreJson body) {
		StoreView store = management.register(body.draft());
		return ResponseEntity.created(URI.create("/api/v1/org/stores/" + store.id())).body(StoreJson.of(store));
	}

	@PutMapping("/{id}")
	StoreJson revise(@PathVariable long id, @RequestBody StoreJson body) {
		return StoreJson.of(management.revise(id, body.draft()));
	}

	@PostMapping("/{id}/close")
	StoreJson close(@PathVariable long id) {
		return StoreJson.of(management.close(id));
	}

	@PostMapping("/{id}/reopen")
	StoreJson reopen(@PathVariable long id) {
		return StoreJson.of(management.reopen(id));
	}

	@PostMapping(path = "/import", consumes = { "text/csv", "application/csv" })
	Map<String, Integer> importCsv(@RequestBody byte[] body) {
		return Map.of("imported", storeImport.importCsv(new String(body, StandardCharsets.UTF_8)));
	}

	@ExceptionHandler(ImportRejected.class)
	ResponseEntity<ProblemDetail> rejected(ImportRejected e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
		problem.setTitle("Import rejected");
		problem.setType(URI.create("https://chaindesk.dev/problems/422"));
		problem.setProperty("errors", e.problems().stream()
				.map(p -> Map.of("line", p.line(), "field", p.field(), "message", p.message())).toList());
		return ResponseEntity.unprocessableContent().body(problem);
	}
}
