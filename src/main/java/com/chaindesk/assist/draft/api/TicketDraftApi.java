package com.chaindesk.assist.draft.api;

import java.util.Locale;

import com.chaindesk.assist.MediaRejected;
import com.chaindesk.assist.draft.DraftProblems;
import com.chaindesk.assist.draft.DraftRefused;
import com.chaindesk.assist.draft.DraftRequest;
import com.chaindesk.assist.draft.TicketDraft;
import com.chaindesk.assist.draft.TicketDrafting;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/assist/ticket-draft}: a ticket filled in from {@code text}, {@code image} and {@code audio}
 * (multipart, any of them) for {@code store} (default: the caller's). Nothing is saved; the reporter submits the
 * ticket through the ticket API after checking it.
 */
@RestController
@RequestMapping("/api/v1/assist")
class TicketDraftApi {

	private final TicketDrafting drafting;

	TicketDraftApi(TicketDrafting drafting) {
		this.drafting = drafting;
	}

	@PostMapping("/ticket-draft")
	TicketDraft draft(@RequestParam(required = false) String text, @RequestParam(required = false) MultipartFile image,
			@RequestParam(required = false) MultipartFile audio, @RequestParam(required = false) Long store,
			Locale locale) {
		return drafting.draft(new DraftRequest(text, DraftProblems.upload("image", image),
				DraftProblems.upload("audio", audio), store), locale);
	}

	@ExceptionHandler(DraftRefused.class)
	ProblemDetail refused(DraftRefused e) {
		return DraftProblems.refused(e);
	}

	@ExceptionHandler(MediaRejected.class)
	ProblemDetail rejected(MediaRejected e) {
		return DraftProblems.rejected(e);
	}
}
