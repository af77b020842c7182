package com.chaindesk.ticket;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.chaindesk.org.Tier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tickets in {@code ticket.ticket} with watchers and links, saved and loaded whole; timeline lines appended. */
@Repository
class Tickets {

	private final JdbcClient jdbc;

	Tickets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Ticket> find(long id) {
		return load("select * from ticket.ticket where id = ?", id);
	}

	/** Locks the row until the transaction ends: two agents taking one ticket queue, and the second sees the first's version. */
	Optional<Ticket> findForUpdate(long id) {
		return load("select * from ticket.ticket where id = ? for update", id);
	}

	boolean exists(long id) {
		return jdbc.sql("select exists (select 1 from ticket.ticket where id = ?)").param(id).query(Boolean.class).single();
	}

	private Optional<Ticket> load(String sql, long id) {
		Set<String> watchers = new HashSet<>(jdbc.sql("select username from ticket.watcher where ticket_id = ?").param(id)
				.query(String.class).list());
		Set<TicketLink> links = new HashSet<>(jdbc.sql("select kind, target_id from ticket.link where ticket_id = ?").param(id)
				.query((rs, n) -> new TicketLink(LinkKind.valueOf(rs.getString("kind")), rs.getLong("target_id"))).list());
		return jdbc.sql(sql).param(id).query((rs, n) -> ticket(rs, watchers, links)).optional();
	}

	/** Stores a new ticket under the next number of its type and year. */
	void add(Ticket ticket) {
		int year = ticket.createdAt().atOffset(ZoneOffset.UTC).getYear();
		// A sequence per type and year (ticket/V4): openers never wait for each other's commit.
		long next = jdbc.sql("select ticket.next_number(?, ?)").params(ticket.type().prefix(), year).query(Long.class).single();
		String number = "%s-%d-%06d".formatted(ticket.type().prefix(), year, next);
		Assignment a = ticket.assignment();
		long id = jdbc.sql("""
				insert into ticket.ticket (number, type, store_id, region_id, reporter, category, device, impact, urgency,
				       priority, subject, description, status, team_id, agent, vendor_id, tier, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				returning id
				""")
				.params(number, ticket.type().name(), ticket.storeId(), ticket.regionId(), ticket.reporter(),
						ticket.category(), ticket.device(), ticket.impact().name(), ticket.urgency().name(),
						ticket.priority().name(), ticket.subject(), ticket.description(), ticket.status().name(), a.team(),
						a.agent(), a.vendor(), a.tier() == null ? null : a.tier().name(), ts(ticket.createdAt()),
						ts(ticket.updatedAt()))
				.query(Long.class).single();
		ticket.opened(id, number);
		saveParts(ticket);
	}

	/** Saves a changed ticket; refuses when someone else saved it since it was loaded. */
	void update(Ticket ticket) {
		Assignment a = ticket.assignment();
		Rating r = ticket.rating();
		int updated = jdbc.sql("""
				update ticket.ticket set status = ?, team_id = ?, agent = ?, vendor_id = ?, tier = ?, rating_score = ?,
				       rating_comment = ?, updated_at = ?, version = version + 1
				 where id = ? and version = ?
				""")
				.params(ticket.status().name(), a.team(), a.agent(), a.vendor(), a.tier() == null ? null : a.tier().name(),
						r == null ? null : r.score(), r == null ? null : r.comment(), ts(ticket.updatedAt()), ticket.id(),
						ticket.version())
				.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Ticket " + ticket.number() + " was changed by someone else");
		}
		ticket.versionSaved(ticket.version() + 1);
		saveParts(ticket);
	}

	private void saveParts(Ticket ticket) {
		for (TimelineEntry e : ticket.drainEntries()) {
			jdbc.sql("""
					insert into ticket.timeline_entry (ticket_id, kind, author, text, internal, from_status, to_status, at)
					values (?, ?, ?, ?, ?, ?, ?, ?)
					""").params(ticket.id(), e.kind(), e.author(), e.text(), e.internal(),
					e.from() == null ? null : e.from().name(), e.to() == null ? null : e.to().name(), ts(e.at())).update();
		}
		for (String watcher : ticket.watchers()) {
			jdbc.sql("insert into ticket.watcher (ticket_id, username) values (?, ?) on conflict do nothing")
					.params(ticket.id(), watcher).update();
		}
		for (TicketLink link : ticket.links()) {
			jdbc.sql("insert into ticket.link (ticket_id, kind, target_id) values (?, ?, ?) on conflict do nothing")
					.params(ticket.id(), link.kind().name(), link.target()).update();
		}
	}

	List<TimelineEntry> timeline(long ticketId) {
		return jdbc.sql("select * from ticket.timeline_entry where ticket_id = ? order by at, id").param(ticketId)
				.query((rs, n) -> new TimelineEntry(rs.getLong("id"), rs.getString("kind"), rs.getString("author"),
						rs.getString("text"), rs.getBoolean("internal"), status(rs.getString("from_status")),
						status(rs.getString("to_status")), rs.getTimestamp("at").toInstant()))
				.list();
	}

	/** One page of tickets the condition lets through, newest first: always two statements. */
	TicketRows search(TicketAccess.Condition where, int page, int size) {
		long total = jdbc.sql("select count(*) from ticket.ticket t where " + where.sql()).params(where.params())
				.query(Long.class).single();
		List<Object> params = new ArrayList<>(where.params());
		params.add(size);
		params.add((long) page * size);
		List<Ticket> rows = jdbc.sql("select t.* from ticket.ticket t where " + where.sql()
				+ " order by t.created_at desc, t.id desc limit ? offset ?")
				.params(params).query((rs, n) -> ticket(rs, Set.of(), Set.of())).list();
		return new TicketRows(rows, total);
	}

	record TicketRows(List<Ticket> tickets, long total) {
	}

	long addAttachment(long ticketId, String filename, String mediaType, byte[] content, String by, Instant at) {
		return jdbc.sql("""
				insert into ticket.attachment (ticket_id, filename, media_type, size, content, uploaded_by, uploaded_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id
				""").params(ticketId, filename, mediaType, content.length, content, by, ts(at)).query(Long.class).single();
	}

	List<AttachmentView> attachments(long ticketId) {
		return jdbc.sql("select id, filename, media_type, size, uploaded_by, uploaded_at from ticket.attachment where ticket_id = ? order by id")
				.param(ticketId).query((rs, n) -> attachment(rs)).list();
	}

	Optional<AttachmentFile> attachment(long ticketId, long attachmentId) {
		return jdbc.sql("select * from ticket.attachment where ticket_id = ? and id = ?").params(ticketId, attachmentId)
				.query((rs, n) -> new AttachmentFile(attachment(rs), rs.getBytes("content"))).optional();
	}

	private static AttachmentView attachment(ResultSet rs) throws SQLException {
		return new AttachmentView(rs.getLong("id"), rs.getString("filename"), rs.getString("media_type"),
				rs.getLong("size"), rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
	}

	private static Ticket ticket(ResultSet rs, Set<String> watchers, Set<TicketLink> links) throws SQLException {
		Integer score = (Integer) rs.getObject("rating_score");
		String tier = rs.getString("tier");
		Assignment assignment = new Assignment((Long) rs.getObject("team_id"), rs.getString("agent"),
				(Long) rs.getObject("vendor_id"), tier == null ? null : Tier.valueOf(tier));
		return new Ticket(rs.getLong("id"), rs.getString("number"), TicketType.valueOf(rs.getString("type")),
				rs.getLong("store_id"), rs.getLong("region_id"), rs.getString("reporter"), rs.getString("category"),
				rs.getString("device"), Level.valueOf(rs.getString("impact")), Level.valueOf(rs.getString("urgency")),
				rs.getString("subject"), rs.getString("description"), TicketStatus.valueOf(rs.getString("status")),
				assignment, score == null ? null : new Rating(score, rs.getString("rating_comment"), null),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"),
				watchers, links);
	}

	private static TicketStatus status(String name) {
		return name == null ? null : TicketStatus.valueOf(name);
	}

	private static java.sql.Timestamp ts(Instant at) {
		return java.sql.Timestamp.from(at);
	}
}
