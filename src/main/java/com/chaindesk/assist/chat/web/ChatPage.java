package com.chaindesk.assist.chat.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.chaindesk.assist.chat.BotReply;
import com.chaindesk.assist.chat.ChatTickets;
import com.chaindesk.assist.chat.Chatbot;
import com.chaindesk.assist.chat.ConversationView;
import com.chaindesk.assist.chat.Exchange;
import com.chaindesk.assist.chat.Question;
import com.chaindesk.config.TicketCategory;
import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.StoreRef;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.FieldProblem;
import com.chaindesk.platform.InvalidInput;
import com.chaindesk.platform.MenuEntry;
import com.chaindesk.platform.NotFound;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.OutsideScope;
import com.chaindesk.platform.Role;
import com.chaindesk.ticket.TicketQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The chat page of the store portal, phone first, and the session-signed-in endpoints its script talks to (the
 * {@code /api} chain takes bearer tokens only). Problems come back as small JSON the page can show in a bubble.
 */
@Controller
@RequestMapping("/assist/chat")
class ChatPage {

	@Bean
	static MenuEntry chatMenuEntry() {
		return new MenuEntry("/assist/chat", "chat.menu", "chat-dots", 3, Set.of(Role.STORE_STAFF, Role.STORE_MANAGER));
	}

	private final Chatbot chatbot;
	private final ChatTickets tickets;
	private final TicketQueries ticketQueries;
	private final OrgDirectory directory;

	ChatPage(Chatbot chatbot, ChatTickets tickets, TicketQueries ticketQueries, OrgDirectory directory) {
		this.directory = directory;
		this.chatbot = chatbot;
		this.tickets = tickets;
		this.ticketQueries = ticketQueries;
	}

	@GetMapping
	String page(@RequestParam(required = false) Long store, Model model, Locale locale) {
		Long id = store != null ? store : CurrentActor.get().scope().storeId();
		if (id == null) {
			// People above a store (HQ, a region) pick the store they ask for.
			OrgScope scope = CurrentActor.get().scope();
			List<StoreRef> stores = new ArrayList<>();
			directory.regions().stream().filter(r -> scope.coversRegion(r.id()))
					.forEach(r -> stores.addAll(directory.storesOfRegion(r.id())));
			model.addAttribute("store", null);
			model.addAttribute("stores", stores);
			return "assist/chat";
		}
		StoreRef at = ticketQueries.storeFor(id);
		model.addAttribute("store", at);
		model.addAttribute("storeName", at.name(locale));
		List<Map<String, String>> categories = new ArrayList<>();
		leaves(ticketQueries.categories(at.id()), "", locale, categories);
		model.addAttribute("categories", categories);
		return "assist/chat";
	}

	record Ask(Long store, String question, Long conversationId) {
	}

	@PostMapping("/ask")
	@ResponseBody
	ResponseEntity<?> ask(@RequestBody Ask body, Locale locale) {
		if (body.store() == null) {
			return problem(HttpStatus.BAD_REQUEST, List.of(new FieldProblem("store", "required")));
		}
		if (body.question() == null || body.question().isBlank() || body.question().length() > Question.MAX_LENGTH) {
			return problem(HttpStatus.BAD_REQUEST, List.of(new FieldProblem("question",
					"between 1 and " + Question.MAX_LENGTH + " characters")));
		}
		try {
			BotReply reply = chatbot.ask(new Question(body.store(), body.question(), body.conversationId()), locale);
			return ResponseEntity.ok(reply);
		}
		catch (NotFound e) {
			return problem(HttpStatus.NOT_FOUND, List.of());
		}
		catch (OutsideScope e) {
			return problem(HttpStatus.FORBIDDEN, List.of());
		}
	}

	/** The person's conversation, so the page can show it again after a reload or a trip to an article. */
	@GetMapping("/{id}/history")
	@ResponseBody
	ResponseEntity<?> history(@PathVariable long id, Locale locale) {
		try {
			ConversationView view = chatbot.conversation(id, locale);
			List<Map<String, Object>> exchanges = new ArrayList<>();
			for (Exchange e : view.exchanges()) {
				Map<String, Object> x = new LinkedHashMap<>();
				x.put("question", e.question());
				x.put("answer", e.answer());
				x.put("outcome", e.outcome().name());
				x.put("articleLink", e.articleId() == null ? null : chatbot.articleLink(e.articleId()));
				exchanges.add(x);
			}
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("conversationId", view.id());
			body.put("store", view.store());
			body.put("exchanges", exchanges);
			body.put("awaiting", view.awaiting());
			body.put("options", view.options());
			body.put("ticketDraft", view.ticketDraft());
			body.put("ticketId", view.ticketId());
			body.put("ticketNumber", view.ticketNumber());
			return ResponseEntity.ok(body);
		}
		catch (NotFound e) {
			return problem(HttpStatus.NOT_FOUND, List.of());
		}
	}

	@PostMapping("/{id}/ticket")
	@ResponseBody
	ResponseEntity<?> ticket(@PathVariable long id, @RequestBody ChatTickets.Submission body, Locale locale) {
		try {
			ChatTickets.Opened opened = tickets.submit(id, body, locale);
			return ResponseEntity.status(HttpStatus.CREATED).body(opened);
		}
		catch (InvalidInput e) {
			return problem(HttpStatus.UNPROCESSABLE_CONTENT, e.problems());
		}
		catch (com.chaindesk.platform.Conflict e) {
			return problem(HttpStatus.CONFLICT, List.of());
		}
		catch (NotFound e) {
			return problem(HttpStatus.NOT_FOUND, List.of());
		}
	}

	private static ResponseEntity<Map<String, Object>> problem(HttpStatus status, List<FieldProblem> problems) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", status.value());
		body.put("errors", problems.stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList());
		return ResponseEntity.status(status).body(body);
	}

	/** Every category a ticket can take (a group too), its parents' names in front, for the hand-off card's picker. */
	private static void leaves(List<TicketCategory> tree, String prefix, Locale locale, List<Map<String, String>> into) {
		for (TicketCategory c : tree) {
			String name = prefix.isEmpty() ? c.name(locale) : prefix + " / " + c.name(locale);
			into.add(Map.of("code", c.code(), "name", name));
			leaves(c.children(), name, locale, into);
		}
	}
}
