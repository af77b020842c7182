package com.chaindesk.knowledge;

import java.time.Instant;
import java.util.Optional;

import com.chaindesk.platform.Actor;
import com.chaindesk.platform.OrgScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What readers did with articles: their votes, each reading (with their store, for the report), when they last looked. */
@Repository
class Readers {

	private final JdbcClient jdbc;

	Readers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void vote(long articleId, Actor reader, boolean helpful, String comment, Instant at) {
		OrgScope scope = reader.scope();
		jdbc.sql("""
				insert into knowledge.feedback (article_id, reader, store_id, region_id, helpful, comment, at)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict (article_id, reader) do update set helpful = excluded.helpful, comment = excluded.comment,
				       store_id = excluded.store_id, region_id = excluded.region_id, at = excluded.at
				""").params(articleId, reader.username(), scope.storeId(), scope.regionId(), helpful, comment, Articles.ts(at))
				.update();
	}

	Optional<Boolean> voteOf(long articleId, String reader) {
		return jdbc.sql("select helpful from knowledge.feedback where article_id = ? and reader = ?").params(articleId, reader)
				.query(Boolean.class).optional();
	}

	void read(long articleId, Actor reader, Instant at) {
		OrgScope scope = reader.scope();
		jdbc.sql("insert into knowledge.article_read (article_id, reader, store_id, region_id, at) values (?, ?, ?, ?, ?)")
				.params(articleId, reader.username(), scope.storeId(), scope.regionId(), Articles.ts(at)).update();
	}

	Optional<Instant> seenAt(String reader) {
		return jdbc.sql("select seen_at from knowledge.reader_seen where reader = ?").param(reader)
				.query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
	}

	void seen(String reader, Instant at) {
		jdbc.sql("""
				insert into knowledge.reader_seen (reader, seen_at) values (?, ?)
				on conflict (reader) do update set seen_at = excluded.seen_at
				""").params(reader, Articles.ts(at)).update();
	}
}
