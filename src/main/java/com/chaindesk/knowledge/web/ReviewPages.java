package com.chaindesk.knowledge.web;

import java.util.Locale;
import java.util.Set;

import com.chaindesk.identity.UserAccounts;
import com.chaindesk.knowledge.ArticleDetail;
import com.chaindesk.knowledge.ArticleMarkdown;
import com.chaindesk.knowledge.ChapterRights;
import com.chaindesk.knowledge.KnowledgeAuthoring;
import com.chaindesk.knowledge.KnowledgeLibrary;
import com.chaindesk.platform.Conflict;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.InvalidInput;
import com.chaindesk.platform.MenuEntry;
import com.chaindesk.platform.OutsideScope;
import com.chaindesk.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reviewing: the queue of articles waiting in the chapters the reviewer owns, each shown as what changed against the
 * version stores read now (or whole, when it was never published), to approve or send back with a reason.
 */
@Controller
@RequestMapping("/knowledge/review")
class ReviewPages {

	@Bean
	static MenuEntry knowledgeReviewMenuEntry() {
		return new MenuEntry("/knowledge/review", "knowledge.menu.review", "clipboard-check", 22,
				Set.of(Role.HQ_ADMIN, Role.ENGINEER, Role.REGION_MANAGER, Role.STORE_MANAGER));
	}

	private final KnowledgeAuthoring authoring;
	private final KnowledgeLibrary library;
	private final UserAccounts accounts;

	ReviewPages(KnowledgeAuthoring authoring, KnowledgeLibrary library, UserAccounts accounts) {
		this.authoring = authoring;
		this.library = library;
		this.accounts = accounts;
	}

	@GetMapping
	String queue(Model model, Locale locale) {
		if (!ChapterRights.isReviewer(CurrentActor.get())) {
			throw new OutsideScope("Only reviewers have a review queue.");
		}
		model.addAttribute("articles", library.reviewQueue());
		model.addAttribute("chapterNames", new ChapterNames(library, locale));
		return "knowledge/review";
	}

	@GetMapping("/{id}")
	String review(@PathVariable long id, Model model, Locale locale) {
		ArticleDetail detail = library.detail(id);
		model.addAttribute("detail", detail);
		model.addAttribute("people", new PeopleNames(accounts));
		model.addAttribute("chapterNames", new ChapterNames(library, locale));
		model.addAttribute("html", ArticleMarkdown.html(detail.content().body()));
		model.addAttribute("stepsHtml", detail.content().steps().stream().map(s -> ArticleMarkdown.html(s.instruction())).toList());
		Integer live = detail.publishedVersion();
		if (live != null && live != detail.workingVersion()) {
			model.addAttribute("diff", library.diff(id, live, detail.workingVersion()));
		}
		return "knowledge/review-article";
	}

	@PostMapping("/{id}/approve")
	String approve(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		try {
			authoring.approve(id, version);
			redirect.addFlashAttribute("notice", "knowledge.review.approved");
			return "redirect:/knowledge/review";
		}
		catch (OptimisticLockingFailureException | Conflict e) {
			redirect.addFlashAttribute("alert", "knowledge.review.stale");
			return "redirect:/knowledge/review/" + id;
		}
	}

	@PostMapping("/{id}/send-back")
	String sendBack(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		try {
			authoring.sendBack(id, version, reason);
			redirect.addFlashAttribute("notice", "knowledge.review.sentBack");
			return "redirect:/knowledge/review";
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("alert", "knowledge.review.reasonMissing");
		}
		catch (OptimisticLockingFailureException | Conflict e) {
			redirect.addFlashAttribute("alert", "knowledge.review.stale");
		}
		return "redirect:/knowledge/review/" + id;
	}
}
