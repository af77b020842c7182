package com.chaindesk.knowledge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.chaindesk.config.TicketCategory;
import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.RegionRef;
import com.chaindesk.org.StoreRef;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.InvalidInput;
import com.chaindesk.platform.NotFound;
import com.chaindesk.platform.OrgScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading knowledge as the current actor's scope allows: the published articles a store sees (with local
 * replacements hiding HQ ones), what is new for it, categories, and for authors and reviewers the drafts, versions
 * and diffs of their chapters. An article outside the reader's scope answers 404 like a missing one.
 */
@Service
@Transactional(readOnly = true)
public class KnowledgeLibrary {

	private static final String SUMMARY = """
			select a.id, a.chapter, a.replaces, a.status, a.working_version, a.published_version, a.published_at, a.updated_at,
			       v.kind, v.category, v.language, v.title
			from knowledge.article a join knowledge.article_version v on v.article_id = a.id
			""";

	private final JdbcClient jdbc;
	private final Articles articles;
	private final ArticleFiles files;
	private final Readers readers;
	private final ArticleRules rules;
	private final Chapters chapters;
	private final OrgDirectory directory;
	private final Clock clock;

	KnowledgeLibrary(JdbcClient jdbc, Articles articles, ArticleFiles files, Readers readers, ArticleRules rules,
			Chapters chapters, OrgDirectory directory, Clock clock) {
		this.jdbc = jdbc;
		this.articles = articles;
		this.files = files;
		this.readers = readers;
		this.rules = rules;
		this.chapters = chapters;
		this.directory = directory;
		this.clock = clock;
	}

	/** Published articles the reader sees, newest first; {@code category} matches the code and its sub-categories. */
	public List<ArticleSummary> published(String category, ArticleKind kind, int limit) {
		OrgScope scope = CurrentActor.scope();
		List<Object> params = new ArrayList<>();
		StringBuilder sql = new StringBuilder(SUMMARY).append(" and v.number = a.published_version where a.published_version is not null and ")
				.append(ReaderShelf.where(scope, params));
		if (category != null && !category.isBlank()) {
			List<String> codes = codesUnder(category, scope);
			sql.append(" and v.category in (").append(String.join(",", codes.stream().map(c -> "?").toList())).append(')');
			params.addAll(codes);
		}
		if (kind != null) {
			sql.append(" and v.kind = ?");
			params.add(kind.name());
		}
		sql.append(" order by a.published_at desc, a.id desc limit ?");
		params.add(Math.clamp(limit, 1, 500));
		return jdbc.sql(sql.toString()).params(params).query((rs, n) -> summary(rs)).list();
	}

	/** How many published articles the reader sees per top-level category code. */
	public Map<String, Long> countsByTopCategory() {
		OrgScope scope = CurrentActor.scope();
		Map<String, String> top = new HashMap<>();
		for (TicketCategory c : rules.categories(scope)) {
			mapTop(c, c.code(), top);
		}
		List<Object> params = new ArrayList<>();
		String sql = "select v.category, count(*) from knowledge.article a join knowledge.article_version v on v.article_id = a.id"
				+ " and v.number = a.published_version where a.published_version is not null and "
				+ ReaderShelf.where(scope, params) + " group by v.category";
		Map<String, Long> counts = new HashMap<>();
		jdbc.sql(sql).params(params).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
				.forEach(e -> counts.merge(top.getOrDefault(e.getKey(), e.getKey()), e.getValue(), Long::sum));
		return counts;
	}

	/** The ticket categories at the reader's scope: the tiles of the knowledge home and the editor's choice. */
	public List<TicketCategory> categories() {
		return rules.categories(CurrentActor.scope());
	}

	/**
	 * What was published in the reader's chapters over the last {@code days} days, newest first, each marked
	 * unseen when it came after the reader last opened the knowledge home.
	 */
	public List<NewsItem> news(int days, int limit) {
		Actor actor = CurrentActor.get();
		Instant seen = readers.seenAt(actor.username()).orElse(Instant.EPOCH);
		List<Object> params = new ArrayList<>();
		params.add(Articles.ts(clock.instant().minus(Duration.ofDays(days))));
		String sql = """
				select distinct on (p.article_id) p.article_id, p.first, p.at,
				       a.id, a.chapter, a.replaces, a.status, a.working_version, a.published_version, a.published_at, a.updated_at,
				       v.kind, v.category, v.language, v.title
				from knowledge.publication p join knowledge.article a on a.id = p.article_id
				join knowledge.article_version v on v.article_id = a.id and v.number = a.published_version
				where a.published_version is not null and p.at >= ? and
				""" + ReaderShelf.where(actor.scope(), params) + " order by p.article_id, p.at desc";
		List<NewsItem> items = new ArrayList<>(jdbc.sql(sql).params(params).query((rs, n) -> {
			Instant at = rs.getTimestamp("at").toInstant();
			return new NewsItem(summary(rs), rs.getBoolean("first"), at.isAfter(seen), at);
		}).list());
		items.sort((x, y) -> y.at().compareTo(x.at()));
		return items.size() > limit ? items.subList(0, limit) : items;
	}

	/** Remembers that the reader looked at the knowledge home now. */
	@Transactional
	public void markSeen() {
		readers.seen(CurrentActor.get().username(), clock.instant());
	}

	/** A published article for a reader, counted as one reading from their store. */
	@Transactional
	public ReaderArticle read(long id) {
		Actor actor = CurrentActor.get();
		Article article = articles.find(id).filter(Article::live)
				.filter(a -> a.chapter().readableFrom(actor.scope())).orElseThrow(() -> new NotFound("article", id));
		ArticleContent content = articles.content(id, article.publishedVersion()).orElseThrow();
		readers.read(id, actor, clock.instant());
		Long replacedBy = null;
		if (article.chapter().isHq() && (actor.scope().level() == OrgScope.Level.STORE
				|| actor.scope().level() == OrgScope.Level.REGION)) {
			List<Object> params = new ArrayList<>(List.of(id));
			String local = actor.scope().level() == OrgScope.Level.STORE
					? "r.chapter in (?, ?)" : "r.chapter = ?";
			params.add("region:" + actor.scope().regionId());
			if (actor.scope().level() == OrgScope.Level.STORE) {
				params.add("store:" + actor.scope().storeId());
			}
			replacedBy = jdbc.sql("select r.id from knowledge.article r where r.replaces = ? and r.published_version is not null and "
					+ local + " order by r.chapter_store_id nulls last limit 1").params(params).query(Long.class).optional().orElse(null);
		}
		return new ReaderArticle(view(article, content), article.replaces(), replacedBy,
				readers.voteOf(id, actor.username()).orElse(null), files.of(id));
	}

	/** A published article the reader sees, without counting a reading (a guide's next step). */
	public ArticleView published(long id) {
		Actor actor = CurrentActor.get();
		Article article = articles.find(id).filter(Article::live)
				.filter(a -> a.chapter().readableFrom(actor.scope())).orElseThrow(() -> new NotFound("article", id));
		return view(article, articles.content(id, article.publishedVersion()).orElseThrow());
	}

	/** An article as its chapter's authors and reviewers see it (any status). */
	public ArticleDetail detail(long id) {
		Actor actor = CurrentActor.get();
		return KnowledgeAuthoring.detail(editorial(id, actor), actor);
	}

	public ArticleContent version(long id, int number) {
		editorial(id, CurrentActor.get());
		return articles.content(id, number).orElseThrow(() -> new NotFound("version", number));
	}

	public List<ArticleVersionView> versions(long id) {
		editorial(id, CurrentActor.get());
		return articles.versions(id);
	}

	/** What changed from version {@code from} to version {@code to}. */
	public VersionDiff diff(long id, int from, int to) {
		editorial(id, CurrentActor.get());
		ArticleContent older = articles.content(id, from).orElseThrow(() -> new InvalidInput("from", "no version " + from));
		ArticleContent newer = articles.content(id, to).orElseThrow(() -> new InvalidInput("to", "no version " + to));
		return ArticleDiffs.between(id, from, older, to, newer);
	}

	public List<ArticleFileRef> files(long id) {
		editorial(id, CurrentActor.get());
		return files.of(id);
	}

	/** A file of an article the reader may read (published and in scope) or works on. */
	public ArticleFile file(long fileId) {
		Actor actor = CurrentActor.get();
		ArticleFile file = files.find(fileId).orElseThrow(() -> new NotFound("file", fileId));
		Article article = articles.find(file.ref().articleId()).orElseThrow(() -> new NotFound("file", fileId));
		boolean reader = article.live() && article.chapter().readableFrom(actor.scope());
		if (!reader && !ChapterRights.mayWrite(actor, article.chapter()) && !ChapterRights.mayReview(actor, article.chapter())) {
			throw new NotFound("file", fileId);
		}
		return file;
	}

	/** Articles waiting for the current actor's review, oldest first. */
	public List<ArticleSummary> reviewQueue() {
		Actor actor = CurrentActor.get();
		return jdbc.sql(SUMMARY + " and v.number = a.working_version where a.status = 'IN_REVIEW' order by a.updated_at")
				.query((rs, n) -> summary(rs)).list().stream()
				.filter(s -> chapters.parse(s.chapter()).map(c -> ChapterRights.mayReview(actor, c)).orElse(false))
				.toList();
	}

	/** Articles of the chapters the actor writes in, most recently changed first, optionally of one status. */
	public List<ArticleSummary> workbench(ArticleStatus status, int limit) {
		Actor actor = CurrentActor.get();
		if (!ChapterRights.isAuthor(actor)) {
			return List.of();
		}
		List<Object> params = new ArrayList<>();
		StringBuilder sql = new StringBuilder(SUMMARY).append(" and v.number = a.working_version where ")
				.append(ReaderShelf.chaptersWithin(actor.scope(), params));
		if (status != null) {
			sql.append(" and a.status = ?");
			params.add(status.name());
		}
		sql.append(" order by a.updated_at desc limit ?");
		params.add(Math.clamp(limit, 1, 500));
		return jdbc.sql(sql.toString()).params(params).query((rs, n) -> summary(rs)).list();
	}

	/** The chapters the actor may write in, HQ first, then regions and their stores. */
	public List<Chapter> writableChapters() {
		Actor actor = CurrentActor.get();
		List<Chapter> out = new ArrayList<>();
		if (!ChapterRights.isAuthor(actor)) {
			return out;
		}
		List<Chapter> candidates = new ArrayList<>();
		candidates.add(Chapter.of(OrgScope.hq()));
		for (RegionRef region : directory.regions()) {
			candidates.add(Chapter.of(OrgScope.region(region.id())));
			for (StoreRef store : directory.storesOfRegion(region.id())) {
				candidates.add(Chapter.of(OrgScope.store(store.id(), region.id())));
			}
		}
		candidates.stream().filter(c -> ChapterRights.mayWrite(actor, c)).forEach(out::add);
		return out;
	}

	/** Published HQ articles a regional or store article may stand in for. */
	public List<ArticleSummary> replaceable() {
		return jdbc.sql(SUMMARY + " and v.number = a.published_version where a.published_version is not null and a.chapter = 'hq' order by v.title")
				.query((rs, n) -> summary(rs)).list();
	}

	/** Whether the current actor writes in the chapter (shows an edit link beside what they read). */
	public boolean mayWrite(String chapterKey) {
		return chapters.parse(chapterKey).map(c -> ChapterRights.mayWrite(CurrentActor.get(), c)).orElse(false);
	}

	public Optional<String> chapterName(String key, java.util.Locale reader) {
		return Optional.ofNullable(chapters.name(key, reader));
	}

	private Article editorial(long id, Actor actor) {
		Article article = articles.find(id).orElseThrow(() -> new NotFound("article", id));
		if (!ChapterRights.mayWrite(actor, article.chapter()) && !ChapterRights.mayReview(actor, article.chapter())) {
			throw new NotFound("article", id);
		}
		return article;
	}

	private List<String> codesUnder(String code, OrgScope scope) {
		List<String> codes = new ArrayList<>();
		find(rules.categories(scope), code).ifPresentOrElse(c -> collect(c, codes), () -> codes.add(code));
		return codes;
	}

	private static Optional<TicketCategory> find(List<TicketCategory> level, String code) {
		for (TicketCategory c : level) {
			if (c.code().equals(code)) {
				return Optional.of(c);
			}
			Optional<TicketCategory> below = find(c.children(), code);
			if (below.isPresent()) {
				return below;
			}
		}
		return Optional.empty();
	}

	private static void collect(TicketCategory c, List<String> codes) {
		codes.add(c.code());
		c.children().forEach(child -> collect(child, codes));
	}

	private static void mapTop(TicketCategory c, String top, Map<String, String> out) {
		out.put(c.code(), top);
		c.children().forEach(child -> mapTop(child, top, out));
	}

	static ArticleView view(Article article, ArticleContent c) {
		return new ArticleView(article.id(), c.kind(), article.chapter().key(), c.category(), c.tags(), c.language(),
				c.title(), c.body(), c.steps(), article.publishedVersion(), article.publishedAt());
	}

	private static ArticleSummary summary(ResultSet rs) throws SQLException {
		Integer published = (Integer) rs.getObject("published_version");
		Instant at = Articles.instant(rs, "published_at");
		return new ArticleSummary(rs.getLong("id"), rs.getString("chapter"), ArticleKind.valueOf(rs.getString("kind")),
				rs.getString("category"), rs.getString("language"), rs.getString("title"),
				ArticleStatus.valueOf(rs.getString("status")), published == null ? rs.getInt("working_version") : published,
				(Long) rs.getObject("replaces"), at == null ? Articles.instant(rs, "updated_at") : at);
	}
}
