package com.chaindesk.knowledge.search.api;

import java.util.List;
import java.util.Locale;

import com.chaindesk.knowledge.ArticleHit;
import com.chaindesk.knowledge.ArticleKind;
import com.chaindesk.knowledge.KnowledgeQuery;
import com.chaindesk.knowledge.KnowledgeSearch;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/knowledge/search}: ranked published articles for a question, as the store's scope sees them
 * (or the caller's own scope without a store). Bad parameters answer 400 naming the parameter; a store outside the
 * caller's scope 403.
 */
@RestController
@RequestMapping("/api/v1/knowledge")
class KnowledgeSearchApi {

	private final KnowledgeSearch search;

	KnowledgeSearchApi(KnowledgeSearch search) {
		this.search = search;
	}

	@GetMapping("/search")
	List<ArticleHit> search(
			@RequestParam(required = false) @NotBlank(message = "required") @Size(max = 200, message = "at most 200 characters") String q,
			@RequestParam(required = false) Long store,
			@RequestParam(required = false) @Pattern(regexp = "(?i)faq|how_to|how-to|troubleshooting", message = "one of FAQ, HOW_TO, TROUBLESHOOTING") String kind,
			@RequestParam(required = false) @Size(max = 100, message = "at most 100 characters") String category,
			@RequestParam(required = false) @Size(max = 100, message = "at most 100 characters") String chapter,
			@RequestParam(defaultValue = "10") @Min(value = 1, message = "at least 1") @Max(value = 50, message = "at most 50") int limit) {
		ArticleKind wanted = kind == null || kind.isBlank() ? null
				: ArticleKind.valueOf(kind.strip().replace('-', '_').toUpperCase(Locale.ROOT));
		return search.search(new KnowledgeQuery(q.strip(), store, wanted, category, chapter, limit));
	}
}
