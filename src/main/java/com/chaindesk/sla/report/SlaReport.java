package com.chaindesk.sla.report;

import java.time.LocalDate;
import java.util.List;

/**
 * SLA outcomes of the clocks that started in a range of days, one row per team, vendor, region or store and a total.
 * Met % counts settled clocks (met or breached, a breached clock still running counts as not met); mean and p90
 * times are business minutes, as the clocks count them, of the clocks that have stopped. {@code breached} counts
 * tickets with at least one breached clock.
 */
public record SlaReport(String groupBy, LocalDate from, LocalDate to, String zone, List<Row> rows, Row total) {

	public record Row(Long id, String code, String name, long tickets, Double responseMetPercent,
			Double resolutionMetPercent, Double responseMeanMinutes, Double responseP90Minutes,
			Double resolutionMeanMinutes, Double resolutionP90Minutes, long breached) {
	}
}
