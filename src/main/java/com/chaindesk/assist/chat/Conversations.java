package com.chaindesk.assist.chat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Conversations and their exchanges in schema {@code assist}; a save writes only what changed. */
@Repository
class Conversations {

	private static final TypeReference<List<ChatOption>> OPTIONS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;

	Conversations(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Stores a new conversation with its first exchanges; returns its id. */
	long add(Conversation c) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into assist.conversation (username, store_id, region_id, locale, subject, started_at, last_at,
				    awaiting, awaiting_article, awaiting_step, options, handed_off, draft_category, ticket_id, ticket_number)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""").params(c.username(), c.storeId(), c.regionId(), c.locale(), c.subject(),
				Timestamp.from(c.startedAt()), Timestamp.from(c.lastAt()), c.awaiting().name(), c.awaitingArticle(),
				c.awaitingStep(), options(c), c.handedOff(), c.draftCategory(), c.ticketId(), c.ticketNumber())
				.update(key, "id");
		long id = key.getKey().longValue();
		insertExchanges(id, c.newExchanges());
		return id;
	}

	/** Writes the conversation's new state and exchanges; a concurrent change to it answers 409. */
	void save(Conversation c) {
		int rows = jdbc.sql("""
				update assist.conversation set last_at = ?, awaiting = ?, awaiting_article = ?, awaiting_step = ?,
				    options = ?, handed_off = ?, draft_category = ?, ticket_id = ?, ticket_number = ?, version = version + 1
				where id = ? and version = ?
				""").params(Timestamp.from(c.lastAt()), c.awaiting().name(), c.awaitingArticle(), c.awaitingStep(),
				options(c), c.handedOff(), c.draftCategory(), c.ticketId(), c.ticketNumber(), c.id(), c.version())
				.update();
		if (rows != 1) {
			throw new OptimisticLockingFailureException("conversation " + c.id() + " changed meanwhile");
		}
		insertExchanges(c.id(), c.newExchanges());
		for (Exchange e : c.judgedExchanges()) {
			jdbc.sql("update assist.exchange set helped = ? where conversation_id = ? and seq = ?")
					.params(e.helped(), c.id(), e.seq()).update();
		}
	}

	Optional<Conversation> find(long id) {
		List<Exchange> exchanges = jdbc.sql("""
				select seq, question, answer, article_id, article_title, confidence, outcome, at, helped, topic
				from assist.exchange where conversation_id = ? order by seq
				""").param(id).query(Conversations::exchange).list();
		return jdbc.sql("select * from assist.conversation where id = ?").param(id)
				.query((rs, n) -> conversation(rs, exchanges)).optional();
	}

	/** The person's latest conversation, to continue it when the chat page opens again. */
	Optional<Long> latestOf(String username, long storeId) {
		return jdbc.sql("select id from assist.conversation where username = ? and store_id = ? order by last_at desc limit 1")
				.params(username, storeId).query(Long.class).optional();
	}

	private void insertExchanges(long conversation, List<Exchange> exchanges) {
		for (Exchange e : exchanges) {
			jdbc.sql("""
					insert into assist.exchange (conversation_id, seq, question, answer, article_id, article_title,
					    confidence, outcome, at, helped, topic)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					""").params(conversation, e.seq(), e.question(), e.answer(), e.articleId(), e.articleTitle(),
					e.confidence(), e.outcome().name(), Timestamp.from(e.at()), e.helped(), e.topic()).update();
		}
	}

	private String options(Conversation c) {
		return c.options().isEmpty() ? null : json.writeValueAsString(c.options());
	}

	private Conversation conversation(ResultSet rs, List<Exchange> exchanges) throws SQLException {
		String options = rs.getString("options");
		return new Conversation(rs.getLong("id"), rs.getString("username"), rs.getLong("store_id"),
				rs.getLong("region_id"), rs.getString("locale"), rs.getString("subject"),
				rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("last_at").toInstant(),
				Awaiting.valueOf(rs.getString("awaiting")), rs.getObject("awaiting_article", Long.class),
				rs.getObject("awaiting_step", Integer.class),
				options == null ? List.of() : json.readValue(options, OPTIONS), rs.getBoolean("handed_off"),
				rs.getString("draft_category"), rs.getObject("ticket_id", Long.class), rs.getString("ticket_number"),
				rs.getInt("version"), exchanges);
	}

	private static Exchange exchange(ResultSet rs, int n) throws SQLException {
		return new Exchange(rs.getInt("seq"), rs.getString("question"), rs.getString("answer"),
				rs.getObject("article_id", Long.class), rs.getString("article_title"),
				rs.getObject("confidence", Double.class), Outcome.valueOf(rs.getString("outcome")),
				rs.getTimestamp("at").toInstant(), rs.getObject("helped", Boolean.class), rs.getString("topic"));
	}
}
