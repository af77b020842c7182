package com.chaindesk.org.web;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.chaindesk.org.ImportRejected;
import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.RegionManagement;
import com.chaindesk.org.RegionView;
import com.chaindesk.org.RuleBroken;
import com.chaindesk.org.SizeClass;
import com.chaindesk.org.StoreDraft;
import com.chaindesk.org.StoreEditRight;
import com.chaindesk.org.StoreImport;
import com.chaindesk.org.StoreManagement;
import com.chaindesk.org.StoreQueries;
import com.chaindesk.org.StoreView;
import com.chaindesk.org.WeeklyHours;
import com.chaindesk.platform.Conflict;
import com.chaindesk.platform.MenuEntry;
import com.chaindesk.platform.OutsideScope;
import com.chaindesk.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The store pages: the list with its filter, one store, the form for a new or changed store, and the CSV import. */
@Controller
@RequestMapping("/org/stores")
class StorePages {

	static final int PAGE_SIZE = 20;
	static final List<String> DAYS = Arrays.stream(DayOfWeek.values()).map(WeeklyHours::key).toList();
	static final List<String> ZONES = List.of("Asia/Shanghai", "Asia/Taipei", "Asia/Hong_Kong", "Asia/Macau",
			"Asia/Urumqi", "Asia/Singapore", "Asia/Kuala_Lumpur", "Asia/Tokyo");

	@Bean
	static MenuEntry storesMenuEntry() {
		return new MenuEntry("/org/stores", "menu.org.stores", "shop", 10, Set.of(Role.HQ_ADMIN, Role.REGION_MANAGER,
				Role.STORE_MANAGER, Role.STORE_STAFF, Role.L1_AGENT, Role.ENGINEER, Role.TRAINER));
	}

	private final StoreQueries queries;
	private final StoreManagement management;
	private final StoreImport storeImport;
	private final RegionManagement regions;
	private final OrgDirectory directory;

	StorePages(StoreQueries queries, StoreManagement management, StoreImport storeImport, RegionManagement regions,
			OrgDirectory directory) {
		this.queries = queries;
		this.management = management;
		this.storeImport = storeImport;
		this.regions = regions;
		this.directory = directory;
	}

	@GetMapping
	String list(@RequestParam(required = false) Long region, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		String text = q == null ? null : q.strip();
		if (text != null && text.length() > 100) {
			text = text.substring(0, 100);
		}
		model.addAttribute("stores", queries.search(region, text, Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("region", region);
		model.addAttribute("q", text);
		model.addAttribute("mayRegister", queries.mayRegister());
		return regionsInto(model, "org/stores");
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		StoreView store = queries.find(id);
		ZonedDateTime now = ZonedDateTime.now(ZoneId.of(store.timeZone()));
		model.addAttribute("store", store);
		model.addAttribute("regionName", directory.region(store.regionId()).map(r -> r.names()).orElse(Map.of()));
		model.addAttribute("days", DAYS);
		model.addAttribute("today", WeeklyHours.key(now.getDayOfWeek()));
		model.addAttribute("localNow", now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
		model.addAttribute("offset", "UTC" + now.getOffset().getId().replace("Z", "+00:00"));
		model.addAttribute("right", queries.editRight(store));
		return "org/store";
	}

	@GetMapping("/new")
	String newStore(Model model) {
		if (!queries.mayRegister()) {
			throw new OutsideScope("You may not register stores.");
		}
		StoreForm form = new StoreForm();
		List<RegionView> visible = regions.visible();
		if (visible.size() == 1) {
			form.setRegionId(visible.get(0).id());
		}
		return form(model, form, null, StoreEditRight.FULL);
	}

	@PostMapping("/new")
	String register(@ModelAttribute("form") StoreForm form, BindingResult errors, Model model, RedirectAttributes flash) {
		StoreDraft draft = form.toDraft(errors);
		try {
			StoreView store = management.register(draft);
			flash.addFlashAttribute("saved", true);
			return "redirect:/org/stores/" + store.id();
		}
		catch (RuleBroken broken) {
			RuleErrors.show(broken, errors, StoreForm::fieldOf);
		}
		catch (Conflict conflict) {
			RuleErrors.show(conflict, errors, "code", model);
		}
		return form(model, form, null, StoreEditRight.FULL);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		StoreView store = queries.find(id);
		StoreEditRight right = requireEdit(store);
		return form(model, StoreForm.of(store), store, right);
	}

	@PostMapping("/{id}/edit")
	String revise(@PathVariable long id, @ModelAttribute("form") StoreForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		StoreView store = queries.find(id);
		StoreEditRight right = requireEdit(store);
		StoreDraft draft = right == StoreEditRight.LOCAL ? form.toLocalDraft(store, errors) : form.toDraft(errors);
		try {
			management.revise(id, draft);
			flash.addFlashAttribute("saved", true);
			return "redirect:/org/stores/" + id;
		}
		catch (RuleBroken broken) {
			RuleErrors.show(broken, errors, StoreForm::fieldOf);
		}
		catch (Conflict conflict) {
			RuleErrors.show(conflict, errors, "code", model);
		}
		return form(model, form, store, right);
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable long id, RedirectAttributes flash) {
		management.close(id);
		flash.addFlashAttribute("notice", "org.store.closed.done");
		return "redirect:/org/stores/" + id;
	}

	@PostMapping("/{id}/reopen")
	String reopen(@PathVariable long id, RedirectAttributes flash) {
		management.reopen(id);
		flash.addFlashAttribute("notice", "org.store.reopened.done");
		return "redirect:/org/stores/" + id;
	}

	@GetMapping("/import")
	String importPage(Model model) {
		if (!queries.mayRegister()) {
			throw new OutsideScope("You may not register stores.");
		}
		model.addAttribute("columns", StoreImport.COLUMNS);
		return "org/store-import";
	}

	@PostMapping("/import")
	String importFile(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws java.io.IOException {
		model.addAttribute("columns", StoreImport.COLUMNS);
		if (file == null || file.isEmpty()) {
			model.addAttribute("noFile", true);
			return "org/store-import";
		}
		try {
			model.addAttribute("imported", storeImport.importCsv(new String(file.getBytes(), StandardCharsets.UTF_8)));
		}
		catch (ImportRejected rejected) {
			model.addAttribute("problems", rejected.problems());
		}
		return "org/store-import";
	}

	private StoreEditRight requireEdit(StoreView store) {
		StoreEditRight right = queries.editRight(store);
		if (!right.mayEdit()) {
			throw new OutsideScope("Your role may not change this store.");
		}
		return right;
	}

	private String form(Model model, StoreForm form, StoreView store, StoreEditRight right) {
		model.addAttribute("form", form);
		model.addAttribute("store", store);
		model.addAttribute("right", right);
		model.addAttribute("days", DAYS);
		model.addAttribute("zones", ZONES);
		model.addAttribute("sizes", SizeClass.values());
		model.addAttribute("locales", List.of("zh-CN", "zh-TW", "en"));
		return regionsInto(model, "org/store-form");
	}

	private String regionsInto(Model model, String view) {
		List<RegionView> visible = regions.visible();
		model.addAttribute("regions", visible);
		model.addAttribute("regionById", visible.stream().collect(Collectors.toMap(RegionView::id, Function.identity())));
		return view;
	}
}
