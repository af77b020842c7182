package com.chaindesk.sla.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.chaindesk.platform.FieldProblem;
import com.chaindesk.platform.InvalidInput;
import com.chaindesk.platform.MenuEntry;
import com.chaindesk.platform.NotFound;
import com.chaindesk.platform.Role;
import com.chaindesk.sla.BusinessCalendars;
import com.chaindesk.sla.HolidayCalendars;
import com.chaindesk.sla.HolidayFileFormat;
import com.chaindesk.sla.HolidayYear;
import com.chaindesk.sla.StoreCalendarView;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /sla/calendars: a holiday calendar's year, changes to it, and a store's next business days. */
@Controller
class CalendarPages {

	static final int STORE_DAYS = 14;

	@Bean
	static MenuEntry calendarsMenuEntry() {
		return new MenuEntry("/sla/calendars", "sla.calendars.title", "calendar3", 40,
				Set.of(Role.HQ_ADMIN, Role.REGION_MANAGER));
	}

	private final HolidayCalendars calendars;
	private final BusinessCalendars business;

	CalendarPages(HolidayCalendars calendars, BusinessCalendars business) {
		this.calendars = calendars;
		this.business = business;
	}

	@GetMapping("/sla/calendars")
	String page(@RequestParam(defaultValue = "CN") String code, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Long store, Model model) {
		var calendar = calendars.calendar(code);
		int shownYear = year != null ? year : LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
		if (shownYear < HolidayCalendars.FIRST_YEAR || shownYear > HolidayCalendars.LAST_YEAR) {
			throw new NotFound("year", shownYear);
		}
		model.addAttribute("calendars", calendars.calendars());
		model.addAttribute("calendar", calendar);
		model.addAttribute("year", shownYear);
		model.addAttribute("days", calendars.days(calendar.code(), shownYear));
		model.addAttribute("mayEdit", calendars.mayEditDays(calendar.code()));
		model.addAttribute("mayImport", calendars.mayImport());
		model.addAttribute("formats", HolidayFileFormat.codes());
		model.addAttribute("storeId", store);
		if (store != null) {
			StoreCalendarView view = business.daysOf(store, null, STORE_DAYS);
			model.addAttribute("storeCalendar", view);
			model.addAttribute("storeZone", ZoneId.of(view.timeZone()));
		}
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "sla/calendars";
	}

	@PostMapping("/sla/calendars/{code}/days")
	String putDay(@PathVariable String code, @RequestParam int year,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String name,
			RedirectAttributes redirect) {
		try {
			calendars.putDay(code, date, kind, name);
			redirect.addFlashAttribute("saved", true);
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("errors", errors(e));
			redirect.addFlashAttribute("draft", new String[] { date == null ? "" : date.toString(), kind, name });
		}
		return back(code, date != null ? date.getYear() : year);
	}

	@PostMapping("/sla/calendars/{code}/days/{date}/delete")
	String removeDay(@PathVariable String code, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			RedirectAttributes redirect) {
		calendars.removeDay(code, date);
		redirect.addFlashAttribute("saved", true);
		return back(code, date.getYear());
	}

	@PostMapping("/sla/calendars/{code}/import")
	String importFile(@PathVariable String code, @RequestParam int year, @RequestParam(required = false) String format,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
		try {
			String text = file == null || file.isEmpty() ? "" : new String(file.getBytes(), StandardCharsets.UTF_8);
			HolidayYear imported = calendars.importYear(code, format == null ? "" : format, text);
			redirect.addFlashAttribute("imported", imported);
			return back(code, imported.year());
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("importErrors", e.problems());
			return back(code, year);
		}
	}

	private static String back(String code, int year) {
		return "redirect:/sla/calendars?code=" + code + "&year=" + year;
	}

	private static Map<String, String> errors(InvalidInput e) {
		Map<String, String> out = new LinkedHashMap<>();
		for (FieldProblem p : e.problems()) {
			out.merge(p.field(), p.message(), (a, b) -> a + "; " + b);
		}
		return out;
	}

	static List<String> kinds() {
		return List.of("HOLIDAY", "WORKDAY");
	}
}
