package com.chaindesk.knowledge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.chaindesk.platform.OrgScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published articles for other modules, unscoped (the chatbot found them through a scoped search), and views and
 * votes per scope for the self-service report.
 */
@Component
@Transactional(readOnly = true)
class PublishedArticles implements KnowledgeArticles, KnowledgeFeedbackReport {

	private final JdbcClient jdbc;
	private final LiveArticles live;

	PublishedArticles(JdbcClient jdbc, LiveArticles live) {
		this.jdbc = jdbc;
		this.live = live;
	}

	@Override
	public Optional<ArticleView> published(long articleId) {
		return live.one(articleId).map(LiveArticles.Live::view);
	}

	@Override
	public List<ArticleHelpfulness> helpfulness(OrgScope scope, Instant from, Instant to, int limit) {
		List<Object> params = new ArrayList<>();
		params.add(Articles.ts(from));
		params.add(Articles.ts(to));
		String reads = ReaderShelf.readersWithin(scope, params);
		params.add(Articles.ts(from));
		params.add(Articles.ts(to));
		String votes = ReaderShelf.readersWithin(scope, params);
		params.add(Math.clamp(limit, 1, 1000));
		String sql = """
				with r as (select x.article_id, count(*) views from knowledge.article_read x where x.at >= ? and x.at < ? and %s group by x.article_id),
				     f as (select x.article_id, count(*) filter (where x.helpful) helpful, count(*) filter (where not x.helpful) not_helpful
				           from knowledge.feedback x where x.at >= ? and x.at < ? and %s group by x.article_id)
				select a.id, v.title, coalesce(r.views, 0) views, coalesce(f.helpful, 0) helpful, coalesce(f.not_helpful, 0) not_helpful
				from knowledge.article a
				join knowledge.article_version v on v.article_id = a.id and v.number = coalesce(a.published_version, a.working_version)
				left join r on r.article_id = a.id left join f on f.article_id = a.id
				where r.article_id is not null or f.article_id is not null
				order by views desc, helpful desc, a.id limit ?
				""".formatted(reads, votes);
		return jdbc.sql(sql).params(params).query((rs, n) -> new ArticleHelpfulness(rs.getLong("id"), rs.getString("title"),
				rs.getLong("views"), rs.getLong("helpful"), rs.getLong("not_helpful"))).list();
	}

}
