package com.chaindesk.assist.report;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.chaindesk.knowledge.ArticleHelpfulness;
import com.chaindesk.knowledge.KnowledgeFeedbackReport;
import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.RegionRef;
import com.chaindesk.org.StoreRef;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.OutsideScope;
import com.chaindesk.platform.Role;
import com.github.houbb.opencc4j.util.ZhConverterUtil;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the chatbot's record for the self-service report, always within the reader's scope: HQ sees the chain, a
 * region manager or trainer their region, a store manager their store.
 *
 * <p>A conversation counts once, by the last decisive thing that happened in it (an answer, a fix, a hand-off or no
 * answer), so a question answered and then handed off counts as handed off, and one that found no answer but was
 * answered after rewording counts as answered.
 */
@Service
@Transactional(readOnly = true)
public class SelfServiceReport {

	static final Set<Role> READERS = Set.of(Role.HQ_ADMIN, Role.REGION_MANAGER, Role.STORE_MANAGER, Role.TRAINER);
	static final int GAPS = 20;
	static final int ARTICLES = 20;

	private final JdbcClient jdbc;
	private final OrgDirectory directory;
	private final KnowledgeFeedbackReport feedback;
	private final Clock clock;

	SelfServiceReport(JdbcClient jdbc, OrgDirectory directory, KnowledgeFeedbackReport feedback, Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.feedback = feedback;
		this.clock = clock;
	}

	/** Whether a person may read the report at all (the menu asks). */
	public static boolean mayRead(Actor actor) {
		return READERS.stream().anyMatch(actor::has) && actor.scope().level() != OrgScope.Level.VENDOR;
	}

	/**
	 * @throws OutsideScope for people who do not read reports
	 * @throws com.chaindesk.platform.InvalidInput for a period that ends before it starts or is longer than a year
	 */
	public SelfServiceFigures figures(@Nullable Grouping groupBy, @Nullable LocalDate from, @Nullable LocalDate to,
			Locale reader) {
		Actor actor = CurrentActor.get();
		if (!mayRead(actor)) {
			throw new OutsideScope("The self-service report is for managers, trainers and HQ.");
		}
		Grouping grouping = groupBy == null ? Grouping.REGION : groupBy;
		ReportPeriod period = ReportPeriod.of(from, to, clock.instant());
		OrgScope scope = actor.scope();
		List<ServiceRow> rows = rows(grouping, period, scope, reader);
		ServiceRow total = rows.stream().reduce(new ServiceRow(0, "", 0, 0, 0, 0, 0, 0, 0), ServiceRow::plus);
		return new SelfServiceFigures(period.from(), period.to(), grouping, total, rows, gaps(period, scope),
				articles(period, scope));
	}

	/** The condition that keeps a query inside the reader's scope, on conversation {@code c}. */
	private static String within(OrgScope scope) {
		return switch (scope.level()) {
			case HQ -> "";
			case REGION -> " and c.region_id = :region";
			case STORE -> " and c.store_id = :store";
			case VENDOR -> " and false";
		};
	}

	/** A query over the period, with the scope's ids bound. */
	private JdbcClient.StatementSpec query(String sql, ReportPeriod period, OrgScope scope) {
		JdbcClient.StatementSpec spec = jdbc.sql(sql).param("from", Timestamp.from(period.start()))
				.param("to", Timestamp.from(period.end()));
		if (scope.regionId() != null) {
			spec = spec.param("region", scope.regionId());
		}
		if (scope.storeId() != null) {
			spec = spec.param("store", scope.storeId());
		}
		return spec;
	}

	private List<ServiceRow> rows(Grouping grouping, ReportPeriod period, OrgScope scope, Locale reader) {
		String key = grouping == Grouping.REGION ? "c.region_id" : "c.store_id";
		List<ServiceRow> rows = query("""
				select %s as key, count(*) as conversations,
				    count(*) filter (where last.outcome = 'SOLVED') as solved,
				    count(*) filter (where last.outcome = 'ANSWERED' and last.helped is distinct from false) as answered,
				    count(*) filter (where last.outcome = 'ANSWERED' and last.helped = false) as not_helped,
				    count(*) filter (where last.outcome = 'HANDED_OFF') as handed_off,
				    count(*) filter (where last.outcome = 'NO_ANSWER') as no_answer,
				    count(*) filter (where last.outcome is null) as unfinished
				from assist.conversation c
				left join lateral (
				    select e.outcome, e.helped from assist.exchange e
				    where e.conversation_id = c.id and e.outcome in ('ANSWERED', 'SOLVED', 'HANDED_OFF', 'NO_ANSWER')
				    order by e.seq desc limit 1) last on true
				where c.started_at >= :from and c.started_at < :to %s
				group by %s
				""".formatted(key, within(scope), key), period, scope)
				.query((rs, n) -> new ServiceRow(rs.getLong("key"), "", rs.getLong("conversations"), rs.getLong("solved"),
						rs.getLong("answered"), rs.getLong("not_helped"), rs.getLong("handed_off"), rs.getLong("no_answer"),
						rs.getLong("unfinished")))
				.list();
		Map<Long, String> names = new HashMap<>();
		if (grouping == Grouping.REGION) {
			for (RegionRef region : directory.regions()) {
				names.put(region.id(), region.name(reader));
			}
			rows.forEach(r -> names.computeIfAbsent(r.id(), id -> directory.region(id).map(x -> x.name(reader))
					.orElse("#" + id)));
		}
		else {
			Map<Long, StoreRef> stores = directory.stores(rows.stream().map(ServiceRow::id).toList());
			stores.forEach((id, s) -> names.put(id, s.code() + " " + s.name(reader)));
		}
		return rows.stream()
				.map(r -> new ServiceRow(r.id(), names.getOrDefault(r.id(), "#" + r.id()), r.conversations(), r.solved(),
						r.answered(), r.notHelped(), r.handedOff(), r.noAnswer(), r.unfinished()))
				.sorted(Comparator.comparingLong(ServiceRow::conversations).reversed().thenComparing(ServiceRow::name))
				.toList();
	}

	/** Questions handed off or left unanswered, grouped by their words. */
	private List<KnowledgeGap> gaps(ReportPeriod period, OrgScope scope) {
		record Asked(long conversation, long store, String topic, String outcome, Instant at) {
		}
		List<Asked> asked = query("""
				select e.conversation_id, c.store_id, e.topic, e.outcome, e.at
				from assist.exchange e join assist.conversation c on c.id = e.conversation_id
				where e.outcome in ('NO_ANSWER', 'HANDED_OFF') and e.topic is not null
				  and c.started_at >= :from and c.started_at < :to %s
				order by e.at
				""".formatted(within(scope)), period, scope)
				.query((rs, n) -> new Asked(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
						rs.getTimestamp(5).toInstant()))
				.list();
		class Gap {
			String wording;
			Instant last;
			final Set<Long> conversations = new HashSet<>();
			final Set<Long> noAnswer = new HashSet<>();
			final Set<Long> handedOff = new HashSet<>();
			final Set<Long> stores = new HashSet<>();
		}
		Map<String, Gap> byWords = new LinkedHashMap<>();
		for (Asked a : asked) {
			Gap gap = byWords.computeIfAbsent(normalised(a.topic()), k -> new Gap());
			gap.wording = a.topic();
			gap.last = a.at();
			gap.conversations.add(a.conversation());
			gap.stores.add(a.store());
			(a.outcome().equals("NO_ANSWER") ? gap.noAnswer : gap.handedOff).add(a.conversation());
		}
		return byWords.values().stream()
				.map(g -> new KnowledgeGap(g.wording, g.conversations.size(), g.noAnswer.size(), g.handedOff.size(),
						g.stores.size(), g.last))
				.sorted(Comparator.comparingLong(KnowledgeGap::conversations).reversed()
						.thenComparing(KnowledgeGap::lastAsked, Comparator.reverseOrder()))
				.limit(GAPS).toList();
	}

	/** Simplified characters, lower case, letters and digits only: 打印機卡紙了！ and 打印机卡纸了 are one question. */
	static String normalised(String question) {
		return ZhConverterUtil.toSimple(question).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
	}

	private List<ArticleScore> articles(ReportPeriod period, OrgScope scope) {
		record Bot(long article, String title, long conversations, long helped, long notHelped) {
		}
		Map<Long, Bot> bot = new HashMap<>();
		query("""
				select e.article_id, max(e.article_title) as title, count(distinct e.conversation_id) as conversations,
				    count(*) filter (where e.helped) as helped, count(*) filter (where not e.helped) as not_helped
				from assist.exchange e join assist.conversation c on c.id = e.conversation_id
				where e.article_id is not null and e.outcome in ('ANSWERED', 'GUIDE_STEP', 'SOLVED', 'HANDED_OFF')
				  and c.started_at >= :from and c.started_at < :to %s
				group by e.article_id
				""".formatted(within(scope)), period, scope)
				.query((rs, n) -> new Bot(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
				.list().forEach(b -> bot.put(b.article(), b));
		Map<Long, ArticleScore> scores = new LinkedHashMap<>();
		for (ArticleHelpfulness h : feedback.helpfulness(scope, period.start(), period.end(), 100)) {
			Bot b = bot.remove(h.articleId());
			scores.put(h.articleId(), new ArticleScore(h.articleId(), h.title(), h.views(), h.helpful(), h.notHelpful(),
					b == null ? 0 : b.conversations(), b == null ? 0 : b.helped(), b == null ? 0 : b.notHelped()));
		}
		bot.values().forEach(b -> scores.put(b.article(), new ArticleScore(b.article(), b.title() == null ? "#" + b.article()
				: b.title(), 0, 0, 0, b.conversations(), b.helped(), b.notHelped())));
		return scores.values().stream()
				.sorted(Comparator.comparingLong((ArticleScore a) -> a.views() + a.botConversations()).reversed()
						.thenComparingLong(ArticleScore::articleId))
				.limit(ARTICLES).toList();
	}
}
