package com.chaindesk.ticket.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.chaindesk.config.TicketCategory;
import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.StoreRef;
import com.chaindesk.org.TeamManagement;
import com.chaindesk.org.TeamView;
import com.chaindesk.org.VendorManagement;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.Conflict;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.FieldProblem;
import com.chaindesk.platform.InvalidInput;
import com.chaindesk.platform.MenuEntry;
import com.chaindesk.platform.NotFound;
import com.chaindesk.ticket.Assignment;
import com.chaindesk.ticket.AttachmentFile;
import com.chaindesk.ticket.AttachmentRefused;
import com.chaindesk.ticket.Level;
import com.chaindesk.ticket.NewTicket;
import com.chaindesk.ticket.TicketAccess;
import com.chaindesk.ticket.TicketManagement;
import com.chaindesk.ticket.TicketQueries;
import com.chaindesk.ticket.TicketSlaSource;
import com.chaindesk.ticket.TicketStatus;
import com.chaindesk.ticket.TicketType;
import com.chaindesk.ticket.TicketView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ticket pages: reporting a problem in a few taps (phone first), the store's list or the desk's queue, and one
 * ticket with its timeline and the actions its reader may take.
 */
@Controller
@RequestMapping("/tickets")
class TicketPages {

	/** An icon per top-level category the chain ships; a region's own categories get the generic one. */
	static final Map<String, String> ICONS = Map.of("pos", "cart-check", "network", "wifi", "printer", "printer",
			"store-app", "phone", "membership", "person-vcard", "esl", "tags", "cctv", "camera-video", "equipment", "tools");

	@Bean
	static MenuEntry ticketsMenuEntry() {
		return new MenuEntry("/tickets", "menu.tickets", "ticket-detailed", 5, Set.of());
	}

	private final TicketQueries queries;
	private final TicketManagement management;
	private final TicketAccess access;
	private final OrgDirectory directory;
	private final TeamManagement teams;
	private final VendorManagement vendors;
	private final BulkChoices choices;
	private final ObjectProvider<TicketSlaSource> sla;

	TicketPages(TicketQueries queries, TicketManagement management, TicketAccess access, OrgDirectory directory,
			TeamManagement teams, VendorManagement vendors, BulkChoices choices, ObjectProvider<TicketSlaSource> sla) {
		this.choices = choices;
		this.vendors = vendors;
		this.queries = queries;
		this.management = management;
		this.access = access;
		this.directory = directory;
		this.teams = teams;
		this.sla = sla;
	}

	@GetMapping("/new")
	String report(@RequestParam(required = false) Long store, Model model) {
		return form(model, store, new ReportForm(), Map.of());
	}

	@PostMapping("/new")
	String open(ReportForm form, @RequestParam(name = "photo", required = false) MultipartFile photo,
			@RequestParam(name = "voice", required = false) MultipartFile voice, Model model, RedirectAttributes redirect)
			throws IOException {
		TicketView ticket;
		try {
			ticket = management.open(form.draft());
		}
		catch (InvalidInput e) {
			Map<String, String> errors = new HashMap<>();
			for (FieldProblem p : e.problems()) {
				errors.putIfAbsent(p.field(), p.message());
			}
			return form(model, form.getStore(), form, errors);
		}
		// The ticket stands even if a file is refused: the store is told, and can add it from the ticket page.
		for (MultipartFile file : new MultipartFile[] { photo, voice }) {
			if (file != null && !file.isEmpty()) {
				try {
					management.attach(ticket.id(), file.getOriginalFilename(), file.getContentType(), file.getBytes());
				}
				catch (AttachmentRefused | InvalidInput e) {
					redirect.addFlashAttribute("notice", "ticket.photo.refused");
				}
			}
		}
		return "redirect:/tickets/" + ticket.id() + "/done";
	}

	/**
	 * The "sent" page after reporting: the number to quote, who has the problem now (automatic dispatch gave it a
	 * holder as it opened), and where to go next.
	 */
	@GetMapping("/{id}/done")
	String done(@PathVariable long id, Model model) {
		TicketView ticket = queries.find(id);
		model.addAttribute("ticket", ticket);
		Assignment held = ticket.assignment();
		if (held.holder()) {
			// Team or vendor first, then the person: what a store recognises; the tier is the desk's own word.
			List<String> tokens = new ArrayList<>();
			if (held.team() != null) {
				tokens.add("T#" + held.team());
			}
			if (held.vendor() != null) {
				tokens.add("V#" + held.vendor());
			}
			if (held.agent() != null) {
				tokens.add(held.agent());
			}
			Map<String, String> people = directory.agentNames(held.agent() == null ? Set.of() : Set.of(held.agent()));
			model.addAttribute("heldBy", holderNames(people, locale(model)).describe(String.join(", ", tokens)));
		}
		return "ticket/done";
	}

	@GetMapping("/{id}")
	String ticket(@PathVariable long id, Model model) {
		TicketView ticket = queries.find(id);
		StoreRef store = directory.store(ticket.storeId()).orElseThrow();
		model.addAttribute("ticket", ticket);
		model.addAttribute("store", store);
		model.addAttribute("categoryName", queries.categoryName(store, ticket.category(), locale(model)));
		model.addAttribute("storeSide", access.storeSide(CurrentActor.get()));
		model.addAttribute("me", CurrentActor.get().username());
		model.addAttribute("stores", new StoreNames(directory));
		Set<String> people = new java.util.HashSet<>();
		ticket.timeline().forEach(e -> people.add(e.author()));
		people.add(ticket.reporter());
		if (ticket.assignment().agent() != null) {
			people.add(ticket.assignment().agent());
		}
		Map<String, String> names = directory.agentNames(people);
		model.addAttribute("names", names);
		model.addAttribute("holders", holderNames(names, locale(model)));
		TicketSlaSource source = sla.getIfAvailable();
		model.addAttribute("clocks", source == null ? List.of() : source.readings(id));
		model.addAttribute("zone", java.time.ZoneId.of(store.timeZone()));
		boolean desk = ticket.mayAssign() && access.seesInternal(CurrentActor.get())
				&& CurrentActor.get().scope().level() != com.chaindesk.platform.OrgScope.Level.VENDOR;
		model.addAttribute("desk", desk);
		model.addAttribute("teams", desk ? teams.visible("").stream().filter(t -> "ACTIVE".equals(t.status())).toList() : List.of());
		model.addAttribute("teammates", desk ? choices.of(CurrentActor.get()).teammates() : List.of());
		return "ticket/ticket";
	}

	/** Teams and vendors by name in the reader's language, beside the people's names given. */
	private HolderNames holderNames(Map<String, String> people, Locale reader) {
		Map<String, String> holders = new HashMap<>();
		teams.visible("").forEach(t -> holders.put("T#" + t.id(), t.name(reader)));
		vendors.visible("").forEach(v -> holders.put("V#" + v.id(), v.company()));
		return new HolderNames(people, holders, "zh".equals(reader.getLanguage()) ? "，" : ", ");
	}

	/** Hands the ticket to a teammate, keeping its team, vendor and tier. */
	@PostMapping("/{id}/assign")
	String assign(@PathVariable long id, @RequestParam(required = false) String agent, @RequestParam int version,
			RedirectAttributes redirect) {
		try {
			if (agent == null || agent.isBlank()) {
				throw new InvalidInput("agent", "required");
			}
			Assignment held = queries.find(id).assignment();
			management.assign(id, new Assignment(held.team(), agent.strip(), held.vendor(), held.tier()), version);
			redirect.addFlashAttribute("done", "ticket.assign.done");
		}
		catch (Conflict e) {
			redirect.addFlashAttribute("notice", "ticket.take.conflict");
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("notice", "ticket.assign.refused");
		}
		return "redirect:/tickets/" + id;
	}

	/** Hands the ticket to another team (transfer): the team's tier comes along, no agent yet. */
	@PostMapping("/{id}/transfer")
	String transfer(@PathVariable long id, @RequestParam(required = false) Long team, @RequestParam int version,
			RedirectAttributes redirect) {
		try {
			if (team == null) {
				throw new InvalidInput("team", "required");
			}
			TicketView ticket = queries.find(id);
			TeamView target = teams.find(team);
			management.assign(id, new Assignment(target.id(), null, ticket.assignment().vendor(), target.tier()), version);
			redirect.addFlashAttribute("done", "ticket.transfer.done");
		}
		catch (Conflict e) {
			redirect.addFlashAttribute("notice", "ticket.take.conflict");
		}
		catch (InvalidInput | NotFound e) {
			redirect.addFlashAttribute("notice", "ticket.transfer.refused");
		}
		return "redirect:/tickets/" + id;
	}

	@PostMapping("/{id}/move")
	String move(@PathVariable long id, @RequestParam TicketStatus to, @RequestParam(required = false) String comment,
			RedirectAttributes redirect) {
		try {
			management.move(id, to, comment);
		}
		catch (Conflict | InvalidInput e) {
			redirect.addFlashAttribute("notice", "ticket.action.refused");
		}
		return "redirect:/tickets/" + id;
	}

	@PostMapping("/{id}/take")
	String take(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		try {
			TicketView ticket = queries.find(id);
			Assignment held = ticket.assignment();
			management.assign(id, new Assignment(held.team(), CurrentActor.get().username(), held.vendor(), held.tier()), version);
		}
		catch (Conflict e) {
			redirect.addFlashAttribute("notice", "ticket.take.conflict");
		}
		return "redirect:/tickets/" + id;
	}

	@PostMapping("/{id}/comment")
	String comment(@PathVariable long id, @RequestParam(required = false) String text,
			@RequestParam(defaultValue = "false") boolean internal, RedirectAttributes redirect) {
		try {
			management.comment(id, text, internal);
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("notice", "ticket.comment.empty");
		}
		return "redirect:/tickets/" + id;
	}

	@PostMapping("/{id}/rate")
	String rate(@PathVariable long id, @RequestParam(required = false) Integer score,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		try {
			management.rate(id, score, comment);
			if (queries.find(id).allowedMoves().contains(TicketStatus.CLOSED)) {
				// Rating a fix confirms it: the store need not tap "close" as well.
				management.move(id, TicketStatus.CLOSED, null);
			}
		}
		catch (Conflict | InvalidInput e) {
			redirect.addFlashAttribute("notice", "ticket.rate.refused");
		}
		return "redirect:/tickets/" + id;
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
		AttachmentFile file = queries.attachment(id, attachmentId);
		boolean image = file.attachment().mediaType().startsWith("image/");
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.attachment().mediaType()))
				.header(HttpHeaders.CONTENT_DISPOSITION, (image ? "inline" : "attachment") + "; filename=\"attachment\"")
				.header("X-Content-Type-Options", "nosniff").body(file.content());
	}

	private String form(Model model, Long storeId, ReportForm form, Map<String, String> errors) {
		Actor actor = CurrentActor.get();
		StoreRef store = storeId != null || actor.scope().storeId() != null ? queries.storeFor(storeId) : null;
		List<TicketCategory> tree = store == null ? List.of() : queries.categories(store.id());
		if (store != null) {
			form.setStore(store.id());
		}
		model.addAttribute("store", store);
		model.addAttribute("stores", store == null ? visibleStores(actor) : List.of());
		model.addAttribute("tree", tree);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("levels", List.of(Level.HIGH, Level.MEDIUM, Level.LOW));
		model.addAttribute("types", TicketType.values());
		model.addAttribute("icons", ICONS);
		model.addAttribute("storeSide", access.storeSide(actor));
		return "ticket/new";
	}

	private List<StoreRef> visibleStores(Actor actor) {
		List<StoreRef> out = new ArrayList<>();
		directory.regions().stream().filter(r -> actor.scope().coversRegion(r.id()))
				.forEach(r -> out.addAll(directory.storesOfRegion(r.id())));
		return out;
	}

	private static Locale locale(Model model) {
		return org.springframework.context.i18n.LocaleContextHolder.getLocale();
	}

	/** Store names for list rows, looked up once per store on a page. */
	static final class StoreNames {
		private final OrgDirectory directory;
		private final Map<Long, StoreRef> seen = new HashMap<>();

		StoreNames(OrgDirectory directory) {
			this.directory = directory;
		}

		public String name(long id, Locale reader) {
			StoreRef store = store(id);
			return store == null ? String.valueOf(id) : store.name(reader);
		}

		/** A moment as the store's clock showed it. */
		public String local(long id, java.time.Instant at, String pattern) {
			StoreRef store = store(id);
			java.time.ZoneId zone = java.time.ZoneId.of(store == null ? "Asia/Shanghai" : store.timeZone());
			return java.time.format.DateTimeFormatter.ofPattern(pattern).format(at.atZone(zone));
		}

		private StoreRef store(long id) {
			return seen.computeIfAbsent(id, key -> directory.store(key).orElse(null));
		}
	}

	/** The report form as posted. */
	static final class ReportForm {
		private TicketType type = TicketType.INCIDENT;
		private Long store;
		private String category;
		private String subject;
		private String description;
		private Level impact;
		private Level urgency;
		private String device;
		private Map<String, String> fields = new java.util.LinkedHashMap<>();

		NewTicket draft() {
			return new NewTicket(type, store, category, subject, description, impact, urgency, device, answers());
		}

		/** Custom fields left blank are not answered (the fragment posts every field of the store). */
		private Map<String, Object> answers() {
			Map<String, Object> out = new java.util.LinkedHashMap<>();
			fields.forEach((key, value) -> {
				if (value != null && !value.isBlank()) {
					out.put(key, value);
				}
			});
			return out;
		}

		public TicketType getType() { return type; }
		public void setType(TicketType type) { this.type = type; }
		public Long getStore() { return store; }
		public void setStore(Long store) { this.store = store; }
		public String getCategory() { return category; }
		public void setCategory(String category) { this.category = category; }
		public String getSubject() { return subject; }
		public void setSubject(String subject) { this.subject = subject; }
		public String getDescription() { return description; }
		public void setDescription(String description) { this.description = description; }
		public Level getImpact() { return impact; }
		public void setImpact(Level impact) { this.impact = impact; }
		public Level getUrgency() { return urgency; }
		public void setUrgency(Level urgency) { this.urgency = urgency; }
		public String getDevice() { return device; }
		public void setDevice(String device) { this.device = device; }
		public Map<String, String> getFields() { return fields; }
		public void setFields(Map<String, String> fields) { this.fields = fields; }
	}
}
