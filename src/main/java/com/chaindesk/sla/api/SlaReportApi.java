package com.chaindesk.sla.api;

import java.util.Locale;

import com.chaindesk.sla.report.SlaReport;
import com.chaindesk.sla.report.SlaReportQuery;
import com.chaindesk.sla.report.SlaReports;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/v1/sla/report?groupBy=team|vendor|region|store&from=&to= (ISO dates, both included). */
@RestController
class SlaReportApi {

	private final SlaReports reports;

	SlaReportApi(SlaReports reports) {
		this.reports = reports;
	}

	@GetMapping("/api/v1/sla/report")
	SlaReport report(@RequestParam(required = false) String groupBy, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Locale locale) {
		return reports.report(SlaReportQuery.parse(groupBy, from, to, reports.zone()), locale);
	}
}
