package com.chaindesk.ticket;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.chaindesk.org.Tier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Tickets in {@code ticket.ticket} with watchers and links, saved and loaded whole; timeline lines appended. */
@Repository
class Tickets {

	private static final TypeReference<java.util.LinkedHashMap<String, Object>> FIELDS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;

	Tickets(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** A ticket with its watchers and links, in one statement. */
	private static final String WITH_PARTS = """
			select t.*,
			       array(select w.username from ticket.watcher w where w.ticket_id = t.id) as watcher_names,
			       array(select l.kind || ':' || l.target_id from ticket.link l where l.ticket_id = t.id) as link_keys
			  from ticket.ticket t where t.id = ?""";

	Optional<Ticket> find(long id) {
		return load(WITH_PARTS, id);
	}

	/** Locks the row until the transaction ends: two agents taking one ticket queue, and the second sees the first's version. */
	Optional<Ticket> findForUpdate(long id) {
		// The watchers and links are read after the lock is granted, so they are as current as the row.
		return load(WITH_PARTS + " for update of t", id);
	}

	Optional<TicketState> state(long id) {
		return jdbc.sql("select id, status, team_id, agent, vendor_id, tier from ticket.ticket where id = ?").param(id)
				.query((rs, n) -> new TicketState(rs.getLong("id"), TicketStatus.valueOf(rs.getString("status")),
						assignment(rs)))
				.optional();
	}

	List<TicketState> states(Collection<Long> ids) {
		return jdbc.sql("select id, status, team_id, agent, vendor_id, tier from ticket.ticket where id = any(?)")
				.param(ids.stream().distinct().toArray(Long[]::new))
				.query((rs, n) -> new TicketState(rs.getLong("id"), TicketStatus.valueOf(rs.getString("status")),
						assignment(rs)))
				.list();
	}

	Optional<TicketRouting> routing(long id) {
		return jdbc.sql("""
				select id, number, store_id, region_id, category, priority, status, team_id, agent, vendor_id, tier, version
				  from ticket.ticket where id = ?""").param(id)
				.query((rs, n) -> new TicketRouting(rs.getLong("id"), rs.getString("number"), rs.getLong("store_id"),
						rs.getLong("region_id"), rs.getString("category"), Priority.valueOf(rs.getString("priority")),
						TicketStatus.valueOf(rs.getString("status")), assignment(rs), rs.getInt("version")))
				.optional();
	}

	boolean exists(long id) {
		return jdbc.sql("select exists (select 1 from ticket.ticket where id = ?)").param(id).query(Boolean.class).single();
	}

	private Optional<Ticket> load(String sql, long id) {
		return jdbc.sql(sql).param(id).query((rs, n) -> ticket(rs, watchers(rs), links(rs))).optional().map(ticket -> {
			ticket.partsSaved();
			return ticket;
		});
	}

	private static Set<String> watchers(ResultSet rs) throws SQLException {
		return new HashSet<>(Arrays.asList((String[]) rs.getArray("watcher_names").getArray()));
	}

	private static Set<TicketLink> links(ResultSet rs) throws SQLException {
		Set<TicketLink> links = new HashSet<>();
		for (String key : (String[]) rs.getArray("link_keys").getArray()) {
			int colon = key.indexOf(':');
			links.add(new TicketLink(LinkKind.valueOf(key.substring(0, colon)), Long.parseLong(key.substring(colon + 1))));
		}
		return links;
	}

	/**
	 * Stores a new ticket under the next number of its type and year, its row already carrying the SLA marks given
	 * (the forecast; none when unknown).
	 */
	List<TimelineEntry> add(Ticket ticket, List<SlaMark> marks) {
		int year = ticket.createdAt().atOffset(ZoneOffset.UTC).getYear();
		Assignment a = ticket.assignment();
		// A sequence per type and year (ticket/V4): openers never wait for each other's commit. Numbered in the
		// insert itself, one round trip; six digits at least (INC-2026-000123), more once a year needs them.
		List<Object> columns = new ArrayList<>(Arrays.asList(ticket.type().prefix(), year, ticket.type().prefix(), year,
				ticket.type().name(), ticket.storeId(),
				ticket.regionId(), ticket.reporter(), ticket.category(), ticket.device(), ticket.impact().name(),
				ticket.urgency().name(), ticket.priority().name(), ticket.subject(), ticket.description(),
				ticket.status().name(), a.team(), a.agent(), a.vendor(), a.tier() == null ? null : a.tier().name(),
				ts(ticket.createdAt()), ts(ticket.updatedAt()), json.writeValueAsString(ticket.fields())));
		columns.addAll(markColumns(marks, SlaMark.Clock.RESPONSE));
		columns.addAll(markColumns(marks, SlaMark.Clock.RESOLUTION));
		record Numbered(long id, String number) {
		}
		Numbered stored = jdbc.sql("""
				with n as (select ticket.next_number(?, ?) as next)
				insert into ticket.ticket (number, type, store_id, region_id, reporter, category, device, impact, urgency,
				       priority, subject, description, status, team_id, agent, vendor_id, tier, created_at, updated_at, fields,
				       response_due_at, response_state, response_stopped, resolution_due_at, resolution_state,
				       resolution_stopped)
				select ? || '-' || ? || '-' || case when n.next < 1000000 then lpad(n.next::text, 6, '0') else n.next::text end,
				       ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?
				  from n
				returning id, number
				""")
				.params(columns)
				.query((rs, row) -> new Numbered(rs.getLong("id"), rs.getString("number"))).single();
		long id = stored.id();
		String number = stored.number();
		ticket.opened(id, number, marks);
		return saveParts(ticket);
	}

	/** A clock's three columns (due, state, stopped) from its mark among those given, or unmarked. */
	private static List<Object> markColumns(List<SlaMark> marks, SlaMark.Clock clock) {
		return marks.stream().filter(m -> m.clock() == clock).findFirst()
				.<List<Object>>map(m -> Arrays.asList(m.dueAt() == null ? null : ts(m.dueAt()), m.state().name(), m.stopped()))
				.orElseGet(() -> Arrays.asList(null, null, false));
	}

	/** Saves a changed ticket; refuses when someone else saved it since it was loaded. */
	void update(Ticket ticket) {
		Assignment a = ticket.assignment();
		Rating r = ticket.rating();
		int updated = jdbc.sql("""
				update ticket.ticket set status = ?, team_id = ?, agent = ?, vendor_id = ?, tier = ?, rating_score = ?,
				       rating_comment = ?, updated_at = ?, major = ?, major_reason = ?, parent_id = ?, resolved_at = ?,
				       version = version + 1
				 where id = ? and version = ?
				""")
				.params(ticket.status().name(), a.team(), a.agent(), a.vendor(), a.tier() == null ? null : a.tier().name(),
						r == null ? null : r.score(), r == null ? null : r.comment(), ts(ticket.updatedAt()), ticket.major(),
						ticket.majorReason(), ticket.parentId(), ticket.resolvedAt() == null ? null : ts(ticket.resolvedAt()),
						ticket.id(), ticket.version())
				.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Ticket " + ticket.number() + " was changed by someone else");
		}
		ticket.versionSaved(ticket.version() + 1);
		saveParts(ticket);
	}

	/** New timeline lines, watchers and links, each kind in one statement; answers the lines as saved. */
	private List<TimelineEntry> saveParts(Ticket ticket) {
		List<TimelineEntry> lines = addLines(ticket.id(), ticket.drainEntries());
		addWatchers(ticket.id(), ticket.unsavedWatchers());
		List<TicketLink> links = ticket.unsavedLinks();
		if (!links.isEmpty()) {
			List<Object> params = new ArrayList<>();
			links.forEach(l -> params.addAll(List.of(ticket.id(), l.kind().name(), l.target())));
			jdbc.sql("insert into ticket.link (ticket_id, kind, target_id) values " + rows(links.size(), "(?, ?, ?)")
					+ " on conflict do nothing").params(params).update();
		}
		ticket.partsSaved();
		return lines;
	}

	/** Lines added to a ticket's timeline, in one statement; answers them with their ids. */
	List<TimelineEntry> addLines(long ticketId, List<TimelineEntry> entries) {
		if (entries.isEmpty()) {
			return List.of();
		}
		List<Object> params = new ArrayList<>();
		for (TimelineEntry e : entries) {
			params.addAll(Arrays.asList(ticketId, e.kind(), e.author(), e.text(), e.internal(),
					e.from() == null ? null : e.from().name(), e.to() == null ? null : e.to().name(), ts(e.at()),
					e.noteKey(), e.noteArg()));
		}
		List<Long> ids = jdbc.sql("""
				insert into ticket.timeline_entry (ticket_id, kind, author, text, internal, from_status, to_status, at,
				       note_key, note_arg)
				values """ + rows(entries.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") + " returning id").params(params)
				.query(Long.class).list();
		// RETURNING gives the rows of one multi-row VALUES in the order they were written.
		List<TimelineEntry> saved = new ArrayList<>(entries.size());
		for (int i = 0; i < entries.size(); i++) {
			TimelineEntry e = entries.get(i);
			saved.add(new TimelineEntry(ids.get(i), e.kind(), e.author(), e.text(), e.internal(), e.from(), e.to(), e.at(),
					e.noteKey(), e.noteArg()));
		}
		return saved;
	}

	/** Watchers added to a ticket, in one statement; those watching already are left as they are. */
	void addWatchers(long ticketId, Collection<String> usernames) {
		if (usernames.isEmpty()) {
			return;
		}
		List<Object> params = new ArrayList<>();
		usernames.forEach(w -> params.addAll(List.of(ticketId, w)));
		jdbc.sql("insert into ticket.watcher (ticket_id, username) values " + rows(usernames.size(), "(?, ?)")
				+ " on conflict do nothing").params(params).update();
	}

	Set<String> watchers(long ticketId) {
		return new HashSet<>(jdbc.sql("select username from ticket.watcher where ticket_id = ?").param(ticketId)
				.query(String.class).list());
	}

	/**
	 * Makes way for a line ChainDesk adds itself: the ticket is stamped (updated now, its version moved on, so whoever
	 * holds the old version is told it changed) under its row lock, in one statement that also answers the ticket as
	 * it now is. Its watchers and links are not read: the answer is for reading, never for saving.
	 */
	Optional<Ticket> stampForNote(long id, Instant at) {
		return jdbc.sql("update ticket.ticket set updated_at = ?, version = version + 1 where id = ? returning *")
				.params(ts(at), id).query((rs, n) -> ticket(rs, Set.of(), Set.of())).optional();
	}

	/** The VALUES rows of a multi-row insert. */
	private static String rows(int count, String row) {
		return String.join(", ", java.util.Collections.nCopies(count, row));
	}

	List<TimelineEntry> timeline(long ticketId) {
		return jdbc.sql("select * from ticket.timeline_entry where ticket_id = ? order by at, id").param(ticketId)
				.query((rs, n) -> new TimelineEntry(rs.getLong("id"), rs.getString("kind"), rs.getString("author"),
						rs.getString("text"), rs.getBoolean("internal"), status(rs.getString("from_status")),
						status(rs.getString("to_status")), rs.getTimestamp("at").toInstant(), rs.getString("note_key"),
						rs.getString("note_arg")))
				.list();
	}

	/** The children of a major incident, oldest first, locked: resolving or updating them all happens in one go. */
	List<Ticket> childrenForUpdate(long parentId) {
		return jdbc.sql("select id from ticket.ticket where parent_id = ? order by id for update").param(parentId)
				.query(Long.class).list().stream().map(id -> find(id).orElseThrow()).toList();
	}

	List<TicketRow> children(long parentId) {
		return jdbc.sql("select t.* from ticket.ticket t where t.parent_id = ? order by t.id").param(parentId)
				.query((rs, n) -> new TicketRow(ticket(rs, Set.of(), Set.of()), sla(rs))).list();
	}

	long childCount(long parentId) {
		return jdbc.sql("select count(*) from ticket.ticket where parent_id = ?").param(parentId).query(Long.class).single();
	}

	Optional<String> number(long id) {
		return jdbc.sql("select number from ticket.ticket where id = ?").param(id).query(String.class).optional();
	}

	Optional<Long> idOf(String number) {
		return jdbc.sql("select id from ticket.ticket where number = ?").param(number).query(Long.class).optional();
	}

	/**
	 * Up to {@code limit} tickets of a region resolved before a moment, locked; rows another instance holds are
	 * skipped, so two instances closing tickets at once never take the same one.
	 */
	List<Long> resolvedBeforeForUpdate(long regionId, Instant before, int limit) {
		return jdbc.sql("""
				select id from ticket.ticket
				 where status = 'RESOLVED' and region_id = ? and resolved_at <= ?
				 order by resolved_at, id
				 limit ? for update skip locked
				""").params(regionId, ts(before), limit).query(Long.class).list();
	}

	/**
	 * Counting stops here: past it a list says "more than 10,000" rather than making every page view count a million
	 * rows of history.
	 */
	static final long COUNT_CAP = 10_000;

	/** One page of tickets the condition lets through, in the given order: always two statements. */
	TicketRows search(TicketAccess.Condition where, TicketOrder order, int page, int size) {
		List<Object> countParams = new ArrayList<>(where.params());
		countParams.add(COUNT_CAP + 1);
		long total = jdbc.sql("select count(*) from (select 1 from ticket.ticket t where " + where.sql() + " limit ?) c")
				.params(countParams).query(Long.class).single();
		List<Object> params = new ArrayList<>(where.params());
		params.add(size);
		params.add((long) page * size);
		List<TicketRow> rows = jdbc.sql("select t.* from ticket.ticket t where " + where.sql()
				+ " order by " + order.sql() + " limit ? offset ?")
				.params(params).query((rs, n) -> new TicketRow(ticket(rs, Set.of(), Set.of()), sla(rs))).list();
		return new TicketRows(rows, total);
	}

	record TicketRows(List<TicketRow> rows, long total) {
	}

	/** A ticket as listed, with the SLA marks of its row. */
	record TicketRow(Ticket ticket, TicketSla sla) {
	}

	TicketSla sla(long ticketId) {
		return jdbc.sql("select response_due_at, resolution_due_at, sla_state, sla_due_at from ticket.ticket where id = ?")
				.param(ticketId).query((rs, n) -> sla(rs)).optional().orElse(new TicketSla(null, null, null, null));
	}

	/** Writes one clock's mark; the columns that combine both clocks are generated by the database. */
	/** Copies clocks' marks onto the ticket, all in one update (a new ticket's two clocks start together). */
	void mark(long ticketId, List<SlaMark> marks) {
		if (marks.isEmpty()) {
			return;
		}
		StringBuilder set = new StringBuilder();
		List<Object> params = new ArrayList<>();
		for (SlaMark mark : marks) {
			String clock = switch (mark.clock()) {
				case RESPONSE -> "response";
				case RESOLUTION -> "resolution";
			};
			set.append(set.isEmpty() ? "" : ", ").append("%1$s_due_at = ?, %1$s_state = ?, %1$s_stopped = ?".formatted(clock));
			params.add(mark.dueAt() == null ? null : ts(mark.dueAt()));
			params.add(mark.state().name());
			params.add(mark.stopped());
		}
		params.add(ticketId);
		jdbc.sql("update ticket.ticket set " + set + " where id = ?").params(params).update();
	}

	/** How many open tickets each condition lets through, in one statement over the open tickets' index. */
	List<Long> countOpen(List<TicketAccess.Condition> conditions) {
		if (conditions.isEmpty()) {
			return List.of();
		}
		StringBuilder sql = new StringBuilder("select ");
		List<Object> params = new ArrayList<>();
		for (int i = 0; i < conditions.size(); i++) {
			sql.append(i == 0 ? "" : ", ").append("count(*) filter (where ").append(conditions.get(i).sql()).append(')');
			params.addAll(conditions.get(i).params());
		}
		sql.append(" from ticket.ticket t where t.status not in ('RESOLVED', 'CLOSED')");
		return jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
			List<Long> out = new ArrayList<>();
			for (int i = 1; i <= conditions.size(); i++) {
				out.add(rs.getLong(i));
			}
			return out;
		}).single();
	}

	private static TicketSla sla(ResultSet rs) throws SQLException {
		return new TicketSla(instant(rs, "response_due_at"), instant(rs, "resolution_due_at"), rs.getString("sla_state"),
				instant(rs, "sla_due_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		java.sql.Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
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

	private Ticket ticket(ResultSet rs, Set<String> watchers, Set<TicketLink> links) throws SQLException {
		Integer score = (Integer) rs.getObject("rating_score");
		Assignment assignment = assignment(rs);
		return new Ticket(rs.getLong("id"), rs.getString("number"), TicketType.valueOf(rs.getString("type")),
				rs.getLong("store_id"), rs.getLong("region_id"), rs.getString("reporter"), rs.getString("category"),
				rs.getString("device"), Level.valueOf(rs.getString("impact")), Level.valueOf(rs.getString("urgency")),
				rs.getString("subject"), rs.getString("description"), TicketStatus.valueOf(rs.getString("status")),
				assignment, score == null ? null : new Rating(score, rs.getString("rating_comment"), null),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"),
				watchers, links, json.readValue(rs.getString("fields"), FIELDS),
				new Ticket.MajorState(rs.getBoolean("major"), rs.getString("major_reason"), (Long) rs.getObject("parent_id")),
				rs.getTimestamp("resolved_at") == null ? null : rs.getTimestamp("resolved_at").toInstant());
	}

	private static Assignment assignment(ResultSet rs) throws SQLException {
		String tier = rs.getString("tier");
		return new Assignment((Long) rs.getObject("team_id"), rs.getString("agent"), (Long) rs.getObject("vendor_id"),
				tier == null ? null : Tier.valueOf(tier));
	}

	private static TicketStatus status(String name) {
		return name == null ? null : TicketStatus.valueOf(name);
	}

	private static java.sql.Timestamp ts(Instant at) {
		return java.sql.Timestamp.from(at);
	}
}
