package com.chaindesk.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.chaindesk.knowledge.search.IndexedArticle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The live (published) version of each article, unscoped. */
@Repository
class LiveArticles {

	private static final String LIVE = """
			select a.id, a.chapter, a.replaces, a.published_version, a.published_at, v.kind, v.category, v.tags, v.language,
			       v.title, v.body, v.steps
			from knowledge.article a join knowledge.article_version v on v.article_id = a.id and v.number = a.published_version
			where a.published_version is not null
			""";

	private static final TypeReference<List<String>> TAGS = new TypeReference<>() {
	};
	private static final TypeReference<List<GuideStep>> STEPS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;

	LiveArticles(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<Live> one(long articleId) {
		return jdbc.sql(LIVE + " and a.id = ?").param(articleId).query((rs, n) -> live(rs)).optional();
	}

	/** Streamed row by row: a hundred thousand articles never sit in memory at once. */
	void each(Consumer<Live> sink) {
		try (var rows = jdbc.sql(LIVE + " order by a.id").withFetchSize(500).query((rs, n) -> live(rs)).stream()) {
			rows.forEach(sink);
		}
	}

	private Live live(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Live(rs.getLong("id"), rs.getString("chapter"), (Long) rs.getObject("replaces"),
				rs.getInt("published_version"), Articles.instant(rs, "published_at"),
				new ArticleContent(ArticleKind.valueOf(rs.getString("kind")), rs.getString("category"),
						json.readValue(rs.getString("tags"), TAGS), rs.getString("language"), rs.getString("title"),
						rs.getString("body"), json.readValue(rs.getString("steps"), STEPS)));
	}

	record Live(long id, String chapter, Long replaces, int version, Instant at, ArticleContent c) {

		ArticleView view() {
			return new ArticleView(id, c.kind(), chapter, c.category(), c.tags(), c.language(), c.title(), c.body(),
					c.steps(), version, at);
		}

		IndexedArticle indexed() {
			String text = ArticleMarkdown.searchable(c);
			return new IndexedArticle(id, version, c.kind(), chapter, replaces, c.category(), c.tags(), c.language(),
					c.title(), text, ArticleMarkdown.errorCodes(c.title(), text), at);
		}
	}
}
