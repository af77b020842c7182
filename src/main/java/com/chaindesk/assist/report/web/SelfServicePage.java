package com.chaindesk.assist.report.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.chaindesk.assist.report.Grouping;
import com.chaindesk.assist.report.SelfServiceReport;
import com.chaindesk.platform.FieldProblem;
import com.chaindesk.platform.InvalidInput;
import com.chaindesk.platform.MenuEntry;
import com.chaindesk.platform.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The self-service report page: a period and grouping above, figures, knowledge gaps and articles below. */
@Controller
@RequestMapping("/assist/report")
class SelfServicePage {

	@Bean
	static MenuEntry selfServiceMenuEntry() {
		return new MenuEntry("/assist/report", "selfservice.menu", "robot", 46,
				java.util.Set.of(Role.HQ_ADMIN, Role.REGION_MANAGER, Role.STORE_MANAGER, Role.TRAINER));
	}

	private final SelfServiceReport report;
	private final String articlePath;

	SelfServicePage(SelfServiceReport report,
			@Value("${chaindesk.assist.article-path:/knowledge/articles/}") String articlePath) {
		this.report = report;
		this.articlePath = articlePath;
	}

	@GetMapping
	String page(@RequestParam(required = false) String groupBy, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Model model, Locale locale) {
		Map<String, String> errors = new HashMap<>();
		LocalDate start = date("from", from, errors);
		LocalDate end = date("to", to, errors);
		Grouping grouping = Grouping.REGION;
		try {
			grouping = Grouping.parse(groupBy);
		}
		catch (InvalidInput e) {
			errors.put("groupBy", "selfservice.error.groupBy");
		}
		try {
			model.addAttribute("figures", report.figures(grouping, errors.containsKey("from") ? null : start,
					errors.containsKey("to") ? null : end, locale));
		}
		catch (InvalidInput e) {
			for (FieldProblem p : e.problems()) {
				errors.putIfAbsent(p.field(), "selfservice.error." + p.field());
			}
			model.addAttribute("figures", report.figures(grouping, null, null, locale));
		}
		model.addAttribute("errors", errors);
		model.addAttribute("fromText", from);
		model.addAttribute("toText", to);
		model.addAttribute("articlePath", articlePath);
		return "assist/report";
	}

	private static LocalDate date(String field, String text, Map<String, String> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			errors.put(field, "selfservice.error.date");
			return null;
		}
	}
}
