package com.chaindesk.knowledge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.chaindesk.platform.OrgScope;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Articles in {@code knowledge.article} with their versions in {@code knowledge.article_version}. */
@Repository
class Articles {

	private static final TypeReference<List<String>> TAGS = new TypeReference<>() {
	};
	private static final TypeReference<List<GuideStep>> STEPS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;

	Articles(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<Article> find(long id) {
		return jdbc.sql("""
				select a.*, v.kind, v.category, v.tags, v.language, v.title, v.body, v.steps
				from knowledge.article a join knowledge.article_version v on v.article_id = a.id and v.number = a.working_version
				where a.id = ?
				""").param(id).query((rs, n) -> article(rs)).optional();
	}

	Optional<ArticleContent> content(long id, int number) {
		return jdbc.sql("select * from knowledge.article_version where article_id = ? and number = ?").params(id, number)
				.query((rs, n) -> content(rs)).optional();
	}

	List<ArticleVersionView> versions(long id) {
		return jdbc.sql("select number, title, author, created_at, note from knowledge.article_version where article_id = ? order by number desc")
				.param(id).query((rs, n) -> new ArticleVersionView(rs.getInt("number"), rs.getString("title"),
						rs.getString("author"), instant(rs, "created_at"), rs.getString("note")))
				.list();
	}

	/** Stores a new article with its first version and returns its id. */
	long add(Article article, String author, String note) {
		OrgScope scope = article.chapter().scope();
		long id = jdbc.sql("""
				insert into knowledge.article (chapter, chapter_region_id, chapter_store_id, replaces, status, working_version,
				       published_version, review_note, submitted_by, created_by, created_at, updated_at, published_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
				""").params(article.chapter().key(), scope.regionId(), scope.storeId(), article.replaces(),
				article.status().name(), article.workingVersion(), article.publishedVersion(), article.reviewNote(),
				article.submittedBy(), article.createdBy(), ts(article.createdAt()), ts(article.updatedAt()),
				ts(article.publishedAt()))
				.query(Long.class).single();
		addVersion(id, article, author, note);
		return id;
	}

	/**
	 * Saves a changed article if nobody changed it since it was loaded at {@code expectedRowVersion}; otherwise the
	 * second writer is refused (409), and nothing of theirs is written.
	 */
	void save(Article article, int expectedRowVersion, String author, String note) {
		int updated = jdbc.sql("""
				update knowledge.article set replaces = ?, status = ?, working_version = ?, published_version = ?,
				       review_note = ?, submitted_by = ?, updated_at = ?, published_at = ?, row_version = row_version + 1
				where id = ? and row_version = ?
				""").params(article.replaces(), article.status().name(), article.workingVersion(),
				article.publishedVersion(), article.reviewNote(), article.submittedBy(), ts(article.updatedAt()),
				ts(article.publishedAt()), article.id(), expectedRowVersion)
				.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Article " + article.id() + " was changed by someone else");
		}
		if (article.hasNewVersion()) {
			addVersion(article.id(), article, author, note);
		}
	}

	private void addVersion(long id, Article article, String author, String note) {
		ArticleContent c = article.content();
		jdbc.sql("""
				insert into knowledge.article_version (article_id, number, kind, category, tags, language, title, body, steps,
				       author, note, created_at)
				values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, cast(? as jsonb), ?, ?, ?)
				""").params(id, article.workingVersion(), c.kind().name(), c.category(), json.writeValueAsString(c.tags()),
				c.language(), c.title(), c.body(), json.writeValueAsString(c.steps()), author, note,
				ts(article.updatedAt()))
				.update();
	}

	void recordPublication(long articleId, int version, String chapter, boolean first, Instant at) {
		jdbc.sql("insert into knowledge.publication (article_id, version, chapter, first, at) values (?, ?, ?, ?, ?)")
				.params(articleId, version, chapter, first, ts(at)).update();
	}

	long publicationCount(long articleId) {
		return jdbc.sql("select count(*) from knowledge.publication where article_id = ?").param(articleId).query(Long.class).single();
	}

	private Article article(ResultSet rs) throws SQLException {
		Long region = (Long) rs.getObject("chapter_region_id");
		Long store = (Long) rs.getObject("chapter_store_id");
		OrgScope scope = store != null ? OrgScope.store(store, region) : region != null ? OrgScope.region(region) : OrgScope.hq();
		return new Article(rs.getLong("id"), new Chapter(rs.getString("chapter"), scope), (Long) rs.getObject("replaces"),
				ArticleStatus.valueOf(rs.getString("status")), rs.getInt("working_version"),
				(Integer) rs.getObject("published_version"), rs.getString("review_note"), rs.getString("submitted_by"),
				rs.getString("created_by"), instant(rs, "created_at"), instant(rs, "updated_at"),
				instant(rs, "published_at"), rs.getInt("row_version"), content(rs));
	}

	ArticleContent content(ResultSet rs) throws SQLException {
		return new ArticleContent(ArticleKind.valueOf(rs.getString("kind")), rs.getString("category"),
				json.readValue(rs.getString("tags"), TAGS), rs.getString("language"), rs.getString("title"),
				rs.getString("body"), json.readValue(rs.getString("steps"), STEPS));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	static Timestamp ts(Instant at) {
		return at == null ? null : Timestamp.from(at);
	}
}
