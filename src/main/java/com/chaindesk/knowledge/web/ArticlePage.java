package com.chaindesk.knowledge.web;

import java.util.List;
import java.util.Locale;

import com.chaindesk.config.TicketCategory;
import com.chaindesk.knowledge.ArticleFile;
import com.chaindesk.knowledge.ArticleMarkdown;
import com.chaindesk.knowledge.GuideStep;
import com.chaindesk.knowledge.KnowledgeAuthoring;
import com.chaindesk.knowledge.KnowledgeLibrary;
import com.chaindesk.knowledge.ReaderArticle;
import com.chaindesk.platform.InvalidInput;
import com.chaindesk.platform.NotFound;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One article as a store reads it: the Markdown rendered safely, a troubleshooting guide walked one step at a time
 * ("did this fix it?"), and a helpful / not helpful vote with a comment. Each opening counts as a reading.
 */
@Controller
@RequestMapping("/knowledge")
class ArticlePage {

	private final KnowledgeLibrary library;
	private final KnowledgeAuthoring authoring;

	ArticlePage(KnowledgeLibrary library, KnowledgeAuthoring authoring) {
		this.library = library;
		this.authoring = authoring;
	}

	@GetMapping("/articles/{id}")
	String read(@PathVariable long id, Model model, Locale locale) {
		ReaderArticle article = library.read(id);
		model.addAttribute("a", article);
		model.addAttribute("articleId", id);
		model.addAttribute("myVote", article.myVote());
		model.addAttribute("html", ArticleMarkdown.html(article.article().body()));
		model.addAttribute("chapterName", library.chapterName(article.article().chapter(), locale).orElse(null));
		model.addAttribute("mayEdit", library.mayWrite(article.article().chapter()));
		List<GuideStep> steps = article.article().steps();
		if (!steps.isEmpty()) {
			model.addAttribute("step", steps.get(0));
			model.addAttribute("total", steps.size());
			model.addAttribute("stepHtml", ArticleMarkdown.html(steps.get(0).instruction()));
		}
		String code = article.article().category();
		for (TicketCategory top : library.categories()) {
			if (top.code().equals(code) || top.children().stream().anyMatch(c -> c.code().equals(code))) {
				model.addAttribute("area", top);
				top.children().stream().filter(c -> c.code().equals(code)).findFirst()
						.ifPresent(leaf -> model.addAttribute("leaf", leaf));
			}
		}
		// Pictures the text shows already are not repeated below it.
		model.addAttribute("images", article.files().stream().filter(f -> f.purpose().equals("IMAGE"))
				.filter(f -> !article.article().body().contains(f.url())).toList());
		model.addAttribute("attachments", article.files().stream().filter(f -> f.purpose().equals("ATTACHMENT")).toList());
		return "knowledge/article";
	}

	/**
	 * The reader's answer to "did this fix it?" after step {@code step}: solved, the next step (the guide's branch when
	 * not fixed), or the end of the guide with a way to report the problem.
	 */
	@GetMapping("/articles/{id}/guide")
	String guide(@PathVariable long id, @RequestParam int step, @RequestParam boolean fixed, Model model) {
		List<GuideStep> steps = library.published(id).steps();
		model.addAttribute("articleId", id);
		model.addAttribute("total", steps.size());
		if (fixed) {
			model.addAttribute("outcome", "solved");
			return "knowledge/article :: guide";
		}
		GuideStep current = steps.stream().filter(s -> s.number() == step).findFirst()
				.orElseThrow(() -> new NotFound("step", step));
		int next = current.nextIfNotFixed() != null ? current.nextIfNotFixed() : step + 1;
		steps.stream().filter(s -> s.number() == next && next != step).findFirst().ifPresentOrElse(s -> {
			model.addAttribute("step", s);
			model.addAttribute("stepHtml", ArticleMarkdown.html(s.instruction()));
		}, () -> model.addAttribute("outcome", "unsolved"));
		return "knowledge/article :: guide";
	}

	@PostMapping("/articles/{id}/feedback")
	String feedback(@PathVariable long id, @RequestParam boolean helpful, @RequestParam(required = false) String comment,
			Model model) {
		try {
			authoring.feedback(id, helpful, comment);
			model.addAttribute("thanks", true);
		}
		catch (InvalidInput e) {
			model.addAttribute("feedbackError", true);
		}
		model.addAttribute("articleId", id);
		model.addAttribute("myVote", helpful);
		return "knowledge/article :: feedback";
	}

	/** Images inline and attachments as downloads; never sniffed into something else by the browser. */
	@GetMapping("/files/{id}")
	ResponseEntity<byte[]> file(@PathVariable long id) {
		ArticleFile file = library.file(id);
		boolean image = file.ref().purpose().equals("IMAGE");
		ContentDisposition disposition = (image ? ContentDisposition.inline() : ContentDisposition.attachment())
				.filename(file.ref().filename(), java.nio.charset.StandardCharsets.UTF_8).build();
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.ref().mediaType()))
				.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
				.header("X-Content-Type-Options", "nosniff")
				.header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
				.body(file.content());
	}
}
