package com.chaindesk.dispatch.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.chaindesk.config.Settings;
import com.chaindesk.config.StandardSettings;
import com.chaindesk.config.TicketCategory;
import com.chaindesk.dispatch.Dispatcher;
import com.chaindesk.dispatch.DispatchRule;
import com.chaindesk.dispatch.NewRule;
import com.chaindesk.dispatch.Route;
import com.chaindesk.dispatch.RuleManagement;
import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.RegionRef;
import com.chaindesk.org.StoreRef;
import com.chaindesk.org.TeamManagement;
import com.chaindesk.org.TeamView;
import com.chaindesk.org.Tier;
import com.chaindesk.org.VendorManagement;
import com.chaindesk.org.VendorView;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.FieldProblem;
import com.chaindesk.platform.InvalidInput;
import com.chaindesk.platform.MenuEntry;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.Role;
import com.chaindesk.ticket.Priority;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The dispatch rule book for HQ and region managers: the rules in the order they are tried, adding, removing, preview. */
@Controller
@RequestMapping("/dispatch/rules")
class RulePages {

	@Bean
	static MenuEntry dispatchMenuEntry() {
		return new MenuEntry("/dispatch/rules", "dispatch.rules.title", "signpost-split", 15,
				Set.of(Role.HQ_ADMIN, Role.REGION_MANAGER));
	}

	/** The add form as posted; empty strings mean "any". */
	static class RuleForm {
		public String scope = "";
		public String category = "";
		public Set<Priority> priorities = EnumSet.noneOf(Priority.class);
		public Long team;
		public Tier tier;
		public Long vendor;
		public String note = "";

		public void setScope(String scope) { this.scope = scope; }
		public void setCategory(String category) { this.category = category; }
		public void setPriorities(Set<Priority> priorities) { this.priorities = priorities; }
		public void setTeam(Long team) { this.team = team; }
		public void setTier(Tier tier) { this.tier = tier; }
		public void setVendor(Long vendor) { this.vendor = vendor; }
		public void setNote(String note) { this.note = note; }
		public String getScope() { return scope; }
		public String getCategory() { return category; }
		public Set<Priority> getPriorities() { return priorities; }
		public Long getTeam() { return team; }
		public Tier getTier() { return tier; }
		public Long getVendor() { return vendor; }
		public String getNote() { return note; }

		NewRule draft() {
			Long region = scope == null || scope.isBlank() || scope.equals("hq") ? null : Long.valueOf(scope);
			return new NewRule(region, null, category, null, null, priorities, team, tier, vendor, note);
		}
	}

	/** One rule as the page shows it. */
	record RuleLine(long id, boolean hq, String scope, int position, String category, String categoryName, String priorities, String store,
			String team, Tier tier, String vendor, String note) {
	}

	private final RuleManagement rules;
	private final Dispatcher dispatcher;
	private final OrgDirectory directory;
	private final TeamManagement teams;
	private final VendorManagement vendors;
	private final Settings settings;

	RulePages(RuleManagement rules, Dispatcher dispatcher, OrgDirectory directory, TeamManagement teams,
			VendorManagement vendors, Settings settings) {
		this.rules = rules;
		this.dispatcher = dispatcher;
		this.directory = directory;
		this.teams = teams;
		this.vendors = vendors;
		this.settings = settings;
	}

	@GetMapping
	String list(@RequestParam(required = false) Long store, @RequestParam(required = false) String category,
			@RequestParam(required = false) Priority priority, Model model, Locale locale) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new RuleForm());
		}
		if (store != null) {
			Route route = dispatcher.preview(store, category, priority);
			model.addAttribute("route", route);
			model.addAttribute("routeTeam", route.team() == null ? null : teamNames(locale).get(route.team()));
			model.addAttribute("routeVendor", route.vendor() == null ? null : vendorNames().get(route.vendor()));
		}
		model.addAttribute("previewStore", store);
		model.addAttribute("previewCategory", category);
		model.addAttribute("previewPriority", priority == null ? Priority.P3 : priority);
		return page(model, locale);
	}

	@PostMapping
	String add(@ModelAttribute("form") RuleForm form, Model model, Locale locale, RedirectAttributes redirect) {
		try {
			rules.add(form.draft());
		}
		catch (InvalidInput e) {
			model.addAttribute("errors", e.problems().stream()
					.collect(Collectors.toMap(FieldProblem::field, FieldProblem::message, (a, b) -> a)));
			model.addAttribute("previewPriority", Priority.P3);
			return page(model, locale);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/dispatch/rules";
	}

	@PostMapping("/{id}/remove")
	String remove(@PathVariable long id, RedirectAttributes redirect) {
		rules.remove(id);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/dispatch/rules";
	}

	private String page(Model model, Locale locale) {
		Actor actor = CurrentActor.get();
		Map<Long, String> teamNames = teamNames(locale);
		Map<Long, String> vendorNames = vendorNames();
		Map<Long, String> regionNames = directory.regions().stream()
				.collect(Collectors.toMap(RegionRef::id, r -> r.name(locale), (a, b) -> a, LinkedHashMap::new));
		Map<String, String> categories = flatten(settings.effective(StandardSettings.TICKET_CATEGORIES, OrgScope.hq()), locale);
		List<RuleLine> lines = new ArrayList<>();
		for (DispatchRule r : rules.visible()) {
			lines.add(new RuleLine(r.id(), r.hq(), r.hq() ? null : regionNames.get(r.scopeRegion()), r.position(), r.category(),
					r.category() == null ? null : categories.getOrDefault(r.category(), r.category()).strip(),
					r.priorities().stream().sorted().map(Enum::name).collect(Collectors.joining(" ")),
					r.storeId() == null ? null : directory.store(r.storeId()).map(StoreRef::code).orElse("#" + r.storeId()),
					r.teamId() == null ? null : teamNames.getOrDefault(r.teamId(), "#" + r.teamId()), r.tier(),
					r.vendorId() == null ? null : vendorNames.getOrDefault(r.vendorId(), "#" + r.vendorId()), r.note()));
		}
		OrgScope scope = actor.scope();
		List<RegionRef> writableRegions = directory.regions().stream()
				.filter(r -> actor.has(Role.HQ_ADMIN) && scope.isHq() || actor.has(Role.REGION_MANAGER) && scope.coversRegion(r.id()))
				.toList();
		List<StoreRef> stores = directory.regions().stream().filter(r -> scope.coversRegion(r.id()))
				.flatMap(r -> directory.storesOfRegion(r.id()).stream()).toList();
		model.addAttribute("rules", lines);
		model.addAttribute("mayWriteHq", actor.has(Role.HQ_ADMIN) && scope.isHq());
		model.addAttribute("writableRegions", writableRegions);
		model.addAttribute("teams", teams.visible(null).stream().filter(t -> "ACTIVE".equals(t.status())).toList());
		model.addAttribute("vendors", vendors.visible(null).stream().filter(v -> "ACTIVE".equals(v.status())).toList());
		model.addAttribute("stores", stores);
		model.addAttribute("categories", categories);
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("tiers", Tier.values());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "dispatch/rules";
	}

	private Map<Long, String> teamNames(Locale locale) {
		return teams.visible(null).stream().collect(Collectors.toMap(TeamView::id, t -> t.name(locale) + " (" + t.code() + ")"));
	}

	private Map<Long, String> vendorNames() {
		return vendors.visible(null).stream().collect(Collectors.toMap(VendorView::id, v -> v.company() + " (" + v.code() + ")"));
	}

	/** Category codes with names, top level first then its children indented, for the pickers. */
	private static Map<String, String> flatten(List<TicketCategory> tree, Locale locale) {
		Map<String, String> out = new LinkedHashMap<>();
		for (TicketCategory top : tree) {
			out.put(top.code(), top.name(locale));
			top.children().forEach(c -> out.put(c.code(), "　" + c.name(locale)));
		}
		return out;
	}

}
