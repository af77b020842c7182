package com.chaindesk.assist.draft.web;

import java.util.Locale;

import com.chaindesk.assist.MediaRejected;
import com.chaindesk.assist.draft.DraftProblems;
import com.chaindesk.assist.draft.DraftRefused;
import com.chaindesk.assist.draft.DraftRequest;
import com.chaindesk.assist.draft.TicketDraft;
import com.chaindesk.assist.draft.TicketDrafting;
import com.chaindesk.platform.NotFound;
import com.chaindesk.platform.OutsideScope;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * The report form's "帮我填写" button: the same draft as the API, for a signed-in page session (the API chain takes
 * only bearer tokens), as JSON the form's script fills its fields from. The form sends its description as
 * {@code text}; an empty description with a photo or voice note is no text at all.
 */
@Controller
class TicketDraftPage {

	private final TicketDrafting drafting;

	TicketDraftPage(TicketDrafting drafting) {
		this.drafting = drafting;
	}

	@PostMapping("/assist/ticket-draft")
	@ResponseBody
	TicketDraft draft(@RequestParam(required = false) String text, @RequestParam(required = false) MultipartFile image,
			@RequestParam(required = false) MultipartFile audio, @RequestParam(required = false) Long store,
			Locale locale) {
		var photo = DraftProblems.upload("image", image);
		var voice = DraftProblems.upload("audio", audio);
		String typed = text != null && text.isBlank() && (photo != null || voice != null) ? null : text;
		return drafting.draft(new DraftRequest(typed, photo, voice, store), locale);
	}

	@ExceptionHandler(DraftRefused.class)
	@ResponseBody
	ProblemDetail refused(DraftRefused e) {
		return DraftProblems.refused(e);
	}

	@ExceptionHandler(MediaRejected.class)
	@ResponseBody
	ProblemDetail rejected(MediaRejected e) {
		return DraftProblems.rejected(e);
	}

	@ExceptionHandler(OutsideScope.class)
	@ResponseBody
	ProblemDetail outside(OutsideScope e) {
		return DraftProblems.outsideScope(e.getMessage());
	}

	@ExceptionHandler(NotFound.class)
	@ResponseBody
	ProblemDetail notFound(NotFound e) {
		return DraftProblems.notFound(e.getMessage());
	}
}
