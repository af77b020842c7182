package com.chaindesk.knowledge;

import java.util.ArrayList;
import java.util.List;

import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.OrgScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

// TEMPORARY: removed when branches merge (the search helper's Lucene KnowledgeSearch replaces it).
/** A stand-in for the search index: published titles and bodies containing the words, as the reader's scope sees them. */
@Component
class WorktreeStandInKnowledgeSearch implements KnowledgeSearch {

	private final JdbcClient jdbc;
	private final Chapters chapters;

	WorktreeStandInKnowledgeSearch(JdbcClient jdbc, Chapters chapters) {
		this.jdbc = jdbc;
		this.chapters = chapters;
	}

	@Override
	public List<ArticleHit> search(KnowledgeQuery query) {
		OrgScope scope = query.storeId() != null
				? chapters.ofStore(query.storeId()).map(Chapter::scope).orElse(CurrentActor.scope()) : CurrentActor.scope();
		List<Object> params = new ArrayList<>();
		String where = ReaderShelf.where(scope, params);
		String like = "%" + (query.text() == null ? "" : query.text().strip()) + "%";
		params.add(like);
		params.add(like);
		params.add(Math.max(1, query.limit()));
		return jdbc.sql("""
				select a.id, a.chapter, v.kind, v.category, v.language, v.title, left(v.body, 120) body
				from knowledge.article a join knowledge.article_version v on v.article_id = a.id and v.number = a.published_version
				where a.published_version is not null and %s and (v.title ilike ? or v.body ilike ?)
				order by a.published_at desc limit ?
				""".formatted(where)).params(params)
				.query((rs, n) -> new ArticleHit(rs.getLong("id"), rs.getString("title"), HtmlUtils.htmlEscape(ArticleMarkdown.plain(rs.getString("body"))),
						0.5, ArticleKind.valueOf(rs.getString("kind")), rs.getString("category"), rs.getString("chapter"),
						rs.getString("language")))
				.list();
	}
}
