package com.chaindesk.assist.report;

import java.time.LocalDate;
import java.util.List;

/** The self-service report for a period (days inclusive) and a reader's part of the chain. */
public record SelfServiceFigures(LocalDate from, LocalDate to, Grouping groupBy, ServiceRow total,
		List<ServiceRow> rows, List<KnowledgeGap> gaps, List<ArticleScore> articles) {
}
