package com.chaindesk.assist.report.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.chaindesk.assist.report.ArticleScore;
import com.chaindesk.assist.report.Grouping;
import com.chaindesk.assist.report.KnowledgeGap;
import com.chaindesk.assist.report.SelfServiceFigures;
import com.chaindesk.assist.report.SelfServiceReport;
import com.chaindesk.assist.report.ServiceRow;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The self-service report over JSON: {@code groupBy=region|store}, {@code from}/{@code to} as ISO dates, inclusive. */
@RestController
@RequestMapping("/api/v1/assist/report")
class SelfServiceApi {

	private final SelfServiceReport report;

	SelfServiceApi(SelfServiceReport report) {
		this.report = report;
	}

	record Row(long id, String name, long conversations, long solvedByBot, double solvedShare, long solved,
			long answered, long notHelped, long handedOff, long noAnswer, long unfinished) {

		static Row of(ServiceRow r) {
			return new Row(r.id(), r.name(), r.conversations(), r.solvedByBot(), Math.round(r.solvedShare() * 1000) / 1000.0,
					r.solved(), r.answered(), r.notHelped(), r.handedOff(), r.noAnswer(), r.unfinished());
		}
	}

	record Gap(String question, long conversations, long noAnswer, long handedOff, long stores, Instant lastAsked) {

		static Gap of(KnowledgeGap g) {
			return new Gap(g.question(), g.conversations(), g.noAnswer(), g.handedOff(), g.stores(), g.lastAsked());
		}
	}

	record Article(long articleId, String title, long views, long readersHelpful, long readersNotHelpful,
			long botConversations, long botHelped, long botNotHelped, Double helpfulShare) {

		static Article of(ArticleScore a) {
			return new Article(a.articleId(), a.title(), a.views(), a.readersHelpful(), a.readersNotHelpful(),
					a.botConversations(), a.botHelped(), a.botNotHelped(),
					a.helpfulShare() == null ? null : Math.round(a.helpfulShare() * 1000) / 1000.0);
		}
	}

	record Report(LocalDate from, LocalDate to, String groupBy, Row total, List<Row> rows, List<Gap> gaps,
			List<Article> articles) {
	}

	@GetMapping
	Report report(@RequestParam(required = false) String groupBy,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale) {
		SelfServiceFigures f = report.figures(Grouping.parse(groupBy), from, to, locale);
		return new Report(f.from(), f.to(), f.groupBy().name().toLowerCase(Locale.ROOT), Row.of(f.total()),
				f.rows().stream().map(Row::of).toList(), f.gaps().stream().map(Gap::of).toList(),
				f.articles().stream().map(Article::of).toList());
	}
}
