package com.chaindesk.knowledge.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.chaindesk.identity.UserAccounts;
import com.chaindesk.knowledge.ArticleDetail;
import com.chaindesk.knowledge.ArticleKind;
import com.chaindesk.knowledge.ArticleMarkdown;
import com.chaindesk.knowledge.ArticleStatus;
import com.chaindesk.knowledge.ChapterRights;
import com.chaindesk.knowledge.FileRefused;
import com.chaindesk.knowledge.KnowledgeAuthoring;
import com.chaindesk.knowledge.KnowledgeLibrary;
import com.chaindesk.platform.Conflict;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.FieldProblem;
import com.chaindesk.platform.InvalidInput;
import com.chaindesk.platform.MenuEntry;
import com.chaindesk.platform.OutsideScope;
import com.chaindesk.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writing knowledge: the author's articles by status, the Markdown editor with a live preview, guide steps, the
 * chapter and the HQ article a local one replaces, images, and sending a draft for review. A draft can also start
 * from a resolved ticket ({@code ?fromTicket=}).
 */
@Controller
@RequestMapping("/knowledge")
class WritingPages {

	@Bean
	static MenuEntry knowledgeWritingMenuEntry() {
		return new MenuEntry("/knowledge/write", "knowledge.menu.write", "pencil-square", 21,
				Set.of(Role.HQ_ADMIN, Role.ENGINEER, Role.L1_AGENT, Role.REGION_MANAGER, Role.TRAINER, Role.STORE_MANAGER));
	}

	private final KnowledgeAuthoring authoring;
	private final KnowledgeLibrary library;
	private final UserAccounts accounts;

	WritingPages(KnowledgeAuthoring authoring, KnowledgeLibrary library, UserAccounts accounts) {
		this.authoring = authoring;
		this.library = library;
		this.accounts = accounts;
	}

	@GetMapping("/write")
	String workbench(@RequestParam(required = false) ArticleStatus status, Model model, Locale locale) {
		if (!ChapterRights.isAuthor(CurrentActor.get())) {
			throw new OutsideScope("Only authors write knowledge.");
		}
		model.addAttribute("status", status);
		model.addAttribute("statuses", ArticleStatus.values());
		model.addAttribute("articles", library.workbench(status, 200));
		model.addAttribute("chapterNames", new ChapterNames(library, locale));
		return "knowledge/write";
	}

	@GetMapping("/articles/new")
	String newArticle(@RequestParam(required = false) Long fromTicket, Model model, Locale locale,
			RedirectAttributes redirect) {
		if (fromTicket != null) {
			try {
				ArticleDetail draft = authoring.draftFromTicket(fromTicket);
				redirect.addFlashAttribute("notice", "knowledge.edit.fromTicket.done");
				return "redirect:/knowledge/articles/" + draft.id() + "/edit";
			}
			catch (InvalidInput e) {
				model.addAttribute("alert", "knowledge.edit.fromTicket.unsolved");
			}
		}
		if (!ChapterRights.isAuthor(CurrentActor.get())) {
			throw new OutsideScope("Only authors write knowledge.");
		}
		ArticleForm form = new ArticleForm();
		List<com.chaindesk.knowledge.Chapter> chapters = library.writableChapters();
		if (!chapters.isEmpty()) {
			form.setChapter(chapters.get(0).key());
		}
		return editor(model, form, null, Map.of(), locale);
	}

	@PostMapping("/articles/new")
	String create(@ModelAttribute("form") ArticleForm form, @RequestParam(required = false) String more, Model model,
			Locale locale) {
		if (more != null) {
			return editor(model, form, null, Map.of(), locale);
		}
		try {
			ArticleDetail detail = authoring.draft(form.draft());
			return "redirect:/knowledge/articles/" + detail.id() + "/edit?saved";
		}
		catch (InvalidInput e) {
			return editor(model, form, null, errors(e), locale);
		}
	}

	@GetMapping("/articles/{id}/edit")
	String edit(@PathVariable long id, Model model, Locale locale) {
		ArticleDetail detail = library.detail(id);
		return editor(model, ArticleForm.of(detail), detail, Map.of(), locale);
	}

	@PostMapping("/articles/{id}/edit")
	String save(@PathVariable long id, @ModelAttribute("form") ArticleForm form, @RequestParam(required = false) String more,
			@RequestParam(required = false) String submit, Model model, Locale locale) {
		ArticleDetail detail = library.detail(id);
		if (more != null) {
			return editor(model, form, detail, Map.of(), locale);
		}
		try {
			int version = form.getVersion() == null ? -1 : form.getVersion();
			ArticleDetail saved = authoring.edit(id, version, form.draft());
			if (submit != null) {
				authoring.submit(id, saved.version());
				return "redirect:/knowledge/articles/" + id + "/edit?submitted";
			}
			return "redirect:/knowledge/articles/" + id + "/edit?saved";
		}
		catch (InvalidInput e) {
			return editor(model, form, detail, errors(e), locale);
		}
		catch (OptimisticLockingFailureException | Conflict e) {
			model.addAttribute("alert", "knowledge.edit.stale");
			return editor(model, form, detail, Map.of(), locale);
		}
	}

	/** Sends the saved draft for review without changing it. */
	@PostMapping("/articles/{id}/submit")
	String submit(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		try {
			authoring.submit(id, version);
			return "redirect:/knowledge/articles/" + id + "/edit?submitted";
		}
		catch (OptimisticLockingFailureException | Conflict e) {
			redirect.addFlashAttribute("alert", "knowledge.edit.stale");
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("alert", "knowledge.edit.stepsMissing");
		}
		return "redirect:/knowledge/articles/" + id + "/edit";
	}

	@PostMapping("/articles/{id}/retire")
	String retire(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		try {
			authoring.retire(id, version);
			redirect.addFlashAttribute("notice", "knowledge.edit.retired");
		}
		catch (OptimisticLockingFailureException | Conflict e) {
			redirect.addFlashAttribute("alert", "knowledge.edit.stale");
		}
		return "redirect:/knowledge/articles/" + id + "/edit";
	}

	@PostMapping("/articles/{id}/files")
	String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "IMAGE") String purpose, RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("alert", "knowledge.edit.file.empty");
		}
		else {
			try {
				authoring.attach(id, purpose, file.getOriginalFilename(), file.getContentType(), file.getBytes());
				redirect.addFlashAttribute("notice", "knowledge.edit.file.added");
			}
			catch (FileRefused e) {
				redirect.addFlashAttribute("alert", e.reason() == FileRefused.Reason.TOO_LARGE
						? "knowledge.edit.file.tooLarge" : "knowledge.edit.file.type");
			}
		}
		return "redirect:/knowledge/articles/" + id + "/edit";
	}

	/** The live preview beside the editor: the Markdown as readers will see it. */
	@PostMapping("/preview")
	String preview(@RequestParam(defaultValue = "") String body, Model model) {
		model.addAttribute("previewHtml", ArticleMarkdown.html(body));
		return "knowledge/edit :: preview";
	}

	private String editor(Model model, ArticleForm form, ArticleDetail detail, Map<String, String> errors, Locale locale) {
		form.padSteps(form.getKind() == ArticleKind.TROUBLESHOOTING ? 2 : 3);
		model.addAttribute("form", form);
		model.addAttribute("detail", detail);
		model.addAttribute("people", new PeopleNames(accounts));
		model.addAttribute("errors", errors);
		model.addAttribute("chapters", library.writableChapters());
		model.addAttribute("chapterNames", new ChapterNames(library, locale));
		model.addAttribute("replaceable", library.replaceable());
		model.addAttribute("tree", library.categories());
		model.addAttribute("kinds", ArticleKind.values());
		model.addAttribute("previewHtml", ArticleMarkdown.html(form.getBody()));
		if (detail != null) {
			model.addAttribute("files", library.files(detail.id()));
			model.addAttribute("versions", library.versions(detail.id()));
		}
		return "knowledge/edit";
	}

	private static Map<String, String> errors(InvalidInput e) {
		Map<String, String> errors = new HashMap<>();
		for (FieldProblem p : e.problems()) {
			String field = p.field().startsWith("steps") ? "steps" : p.field();
			errors.merge(field, p.message(), (a, b) -> a + "; " + b);
		}
		return errors;
	}
}
