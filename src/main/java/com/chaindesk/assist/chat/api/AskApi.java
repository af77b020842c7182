package com.chaindesk.assist.chat.api;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

import com.chaindesk.assist.chat.BotReply;
import com.chaindesk.assist.chat.ChatTickets;
import com.chaindesk.assist.chat.Chatbot;
import com.chaindesk.assist.chat.ConversationView;
import com.chaindesk.assist.chat.Question;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The chatbot over JSON: ask (a new conversation, or the next message of one), say whether an answer helped, and
 * open the ticket a hand-off prefilled. Replies come in the request's language (Accept-Language or {@code locale}).
 */
@RestController
@RequestMapping("/api/v1/assist")
class AskApi {

	private final Chatbot chatbot;
	private final ChatTickets tickets;

	AskApi(Chatbot chatbot, ChatTickets tickets) {
		this.chatbot = chatbot;
		this.tickets = tickets;
	}

	record Ask(@NotNull Long store, @NotBlank @Size(max = Question.MAX_LENGTH) String question, Long conversationId,
			String locale) {
	}

	record Verdict(@NotNull Boolean helped) {
	}

	@PostMapping("/ask")
	BotReply ask(@Valid @RequestBody Ask body, Locale locale) {
		return chatbot.ask(new Question(body.store(), body.question(), body.conversationId()), language(body.locale(), locale));
	}

	@GetMapping("/conversations/{id}")
	ConversationView conversation(@PathVariable long id, Locale locale) {
		return chatbot.conversation(id, locale);
	}

	@PostMapping("/conversations/{id}/exchanges/{seq}/feedback")
	ResponseEntity<Void> feedback(@PathVariable long id, @PathVariable int seq, @Valid @RequestBody Verdict body) {
		chatbot.judge(id, seq, body.helped());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/conversations/{id}/ticket")
	ResponseEntity<Map<String, Object>> ticket(@PathVariable long id, @RequestBody ChatTickets.Submission body,
			Locale locale) {
		ChatTickets.Opened opened = tickets.submit(id, body, locale);
		return ResponseEntity.created(URI.create("/api/v1/tickets/" + opened.ticketId()))
				.body(Map.of("ticketId", opened.ticketId(), "number", opened.number(), "conversationId", id));
	}

	private static Locale language(String asked, Locale request) {
		return asked == null || asked.isBlank() ? request : Locale.forLanguageTag(asked.strip());
	}
}
