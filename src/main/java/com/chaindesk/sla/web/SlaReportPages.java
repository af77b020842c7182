package com.chaindesk.sla.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.chaindesk.platform.FieldProblem;
import com.chaindesk.platform.InvalidInput;
import com.chaindesk.platform.MenuEntry;
import com.chaindesk.platform.Role;
import com.chaindesk.sla.report.SlaReportQuery;
import com.chaindesk.sla.report.SlaReports;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** /sla/report: met %, mean and p90 times per team, vendor, region or store over a range of days. */
@Controller
class SlaReportPages {

	@Bean
	static MenuEntry slaReportMenuEntry() {
		return new MenuEntry("/sla/report", "sla.report.title", "speedometer2", 45,
				Set.of(Role.HQ_ADMIN, Role.REGION_MANAGER, Role.L1_AGENT, Role.ENGINEER));
	}

	private final SlaReports reports;

	SlaReportPages(SlaReports reports) {
		this.reports = reports;
	}

	@GetMapping("/sla/report")
	String page(@RequestParam(required = false) String groupBy, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Locale locale, Model model) {
		SlaReportQuery query;
		try {
			query = SlaReportQuery.parse(groupBy, from, to, reports.zone());
		}
		catch (InvalidInput bad) {
			// Show what was typed with the problem on its field, and the default report below it.
			model.addAttribute("errors", bad.problems().stream()
					.collect(java.util.stream.Collectors.toMap(FieldProblem::field, FieldProblem::message, (a, b) -> a)));
			model.addAttribute("typedFrom", from);
			model.addAttribute("typedTo", to);
			query = SlaReportQuery.parse(bad.problems().stream().anyMatch(p -> p.field().equals("groupBy")) ? null : groupBy,
					null, null, reports.zone());
		}
		model.addAttribute("report", reports.report(query, locale));
		model.addAttribute("groupings", List.of(SlaReportQuery.Grouping.values()));
		model.addAttribute("grouping", query.groupBy());
		return "sla/report";
	}
}
