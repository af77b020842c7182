package com.chaindesk.sla.clock;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Table sla.clock. Loads for change lock the rows, so two events of one ticket never interleave.
 * <p>
 * Inside a transaction, the first load for change locks all of the ticket's clocks in one statement and keeps them
 * until the transaction ends (an identity map): the listeners of one change ask for the same clocks several times
 * (assigning a new ticket asks five times), and each then sees what the one before changed.
 */
@Repository
class ClockRows {

	private static final String COLUMNS = "id, ticket_id, store_id, region_id, kind, always_on, target_minutes, "
			+ "started_at, running_since, consumed_seconds, due_at, paused_at, stopped_at, state, warned, generation";
	private static final String MARKED_COLUMNS = "c." + COLUMNS.replace(", ", ", c.");

	private final JdbcClient jdbc;

	ClockRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The clocks this transaction locked, by ticket; null outside a transaction. */
	private Map<Long, Map<ClockKind, SlaClock>> locked() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		@SuppressWarnings("unchecked")
		Map<Long, Map<ClockKind, SlaClock>> locked = (Map<Long, Map<ClockKind, SlaClock>>) TransactionSynchronizationManager
				.getResource(this);
		if (locked == null) {
			Map<Long, Map<ClockKind, SlaClock>> created = new HashMap<>();
			TransactionSynchronizationManager.bindResource(this, created);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(ClockRows.this);
				}
			});
			locked = created;
		}
		return locked;
	}

	/** One new clock; null when the ticket has a clock of that kind already (a redelivered event). */
	SlaClock insert(SlaClock c) {
		List<SlaClock> inserted = insert(List.of(c));
		return inserted.isEmpty() ? null : inserted.getFirst();
	}

	/**
	 * New clocks in one statement (a ticket's response and resolution clocks start together); those whose ticket has
	 * a clock of that kind already (a redelivered event) are left out of the answer.
	 */
	List<SlaClock> insert(List<SlaClock> clocks) {
		return insert(clocks, null, null, null);
	}

	/**
	 * New clocks that start with their holder noted (a ticket dispatched as it opened), as {@link HolderRows#record}
	 * would note it afterwards, in the same statement.
	 */
	List<SlaClock> insert(List<SlaClock> clocks, Long teamId, Long vendorId, Instant holderSince) {
		if (clocks.isEmpty()) {
			return List.of();
		}
		List<Object> params = new ArrayList<>();
		for (SlaClock c : clocks) {
			params.addAll(Arrays.asList(c.ticketId(), c.storeId(), c.regionId(), c.kind().name(), c.alwaysOn(),
					c.targetMinutes(), ts(c.startedAt()), ts(c.runningSince()), c.consumed().toSeconds(), ts(c.dueAt()),
					ts(c.pausedAt()), ts(c.stoppedAt()), c.state().name(), c.warned(), c.generation(), teamId, vendorId,
					ts(holderSince)));
		}
		Map<String, Long> ids = new HashMap<>();
		jdbc.sql("""
				insert into sla.clock (ticket_id, store_id, region_id, kind, always_on, target_minutes, started_at,
				  running_since, consumed_seconds, due_at, paused_at, stopped_at, state, warned, generation, team_id,
				  vendor_id, holder_since)
				values """ + String.join(", ", Collections.nCopies(clocks.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) + """
				 on conflict (ticket_id, kind) do nothing returning id, ticket_id, kind""")
				.params(params)
				.query((ResultSet rs) -> {
					ids.put(rs.getLong("ticket_id") + ":" + rs.getString("kind"), rs.getLong("id"));
				});
		List<SlaClock> inserted = new ArrayList<>();
		Map<Long, Map<ClockKind, SlaClock>> locked = locked();
		for (SlaClock c : clocks) {
			Long id = ids.get(c.ticketId() + ":" + c.kind().name());
			if (id == null) {
				continue;
			}
			SlaClock clock = c.withId(id);
			if (locked != null && locked.containsKey(c.ticketId())) {
				locked.get(c.ticketId()).put(c.kind(), clock);
			}
			inserted.add(clock);
		}
		return inserted;
	}

	/**
	 * The clocks of a ticket opened in this transaction, inserted with their holder: they are all the clocks it has,
	 * so what the rest of the transaction locks of that ticket (vendor clocks on its first moves) is answered from
	 * them instead of read back.
	 */
	List<SlaClock> insertOpening(long ticketId, List<SlaClock> clocks, Long teamId, Long vendorId, Instant holderSince) {
		List<SlaClock> inserted = insert(clocks, teamId, vendorId, holderSince);
		Map<Long, Map<ClockKind, SlaClock>> locked = locked();
		if (locked != null && inserted.size() == clocks.size() && !locked.containsKey(ticketId)) {
			Map<ClockKind, SlaClock> all = new EnumMap<>(ClockKind.class);
			inserted.forEach(c -> all.put(c.kind(), c));
			locked.put(ticketId, all);
		}
		return inserted;
	}

	void update(SlaClock c) {
		jdbc.sql("""
				update sla.clock set started_at = ?, running_since = ?, consumed_seconds = ?, due_at = ?, paused_at = ?,
				  stopped_at = ?, state = ?, warned = ?, generation = ? where id = ?""")
				.params(ts(c.startedAt()), ts(c.runningSince()), c.consumed().toSeconds(), ts(c.dueAt()),
						ts(c.pausedAt()), ts(c.stoppedAt()), c.state().name(), c.warned(), c.generation(), c.id())
				.update();
	}

	/** A vendor clock started over for a new hand-over: new target, fresh timing, a generation no old timer has. */
	void replace(SlaClock c) {
		jdbc.sql("""
				update sla.clock set always_on = ?, target_minutes = ?, started_at = ?, running_since = ?,
				  consumed_seconds = ?, due_at = ?, paused_at = ?, stopped_at = ?, state = ?, warned = ?, generation = ?
				where id = ?""")
				.params(c.alwaysOn(), c.targetMinutes(), ts(c.startedAt()), ts(c.runningSince()), c.consumed().toSeconds(),
						ts(c.dueAt()), null, null, c.state().name(), c.warned(), c.generation(), c.id())
				.update();
		Map<Long, Map<ClockKind, SlaClock>> locked = locked();
		if (locked != null && locked.containsKey(c.ticketId())) {
			locked.get(c.ticketId()).put(c.kind(), c);
		}
	}

	Optional<SlaClock> lock(long ticketId, ClockKind kind) {
		Map<Long, Map<ClockKind, SlaClock>> locked = locked();
		if (locked == null) {
			return jdbc.sql("select " + COLUMNS + " from sla.clock where ticket_id = ? and kind = ? for update")
					.params(ticketId, kind.name()).query(ClockRows::clock).optional();
		}
		return Optional.ofNullable(locked.computeIfAbsent(ticketId, id -> {
			Map<ClockKind, SlaClock> clocks = new EnumMap<>(ClockKind.class);
			jdbc.sql("select " + COLUMNS + " from sla.clock where ticket_id = ? order by id for update").param(id)
					.query(ClockRows::clock).list().forEach(c -> clocks.put(c.kind(), c));
			return clocks;
		}).get(kind));
	}

	/** A clock changed by a statement of its own: the transaction loads its ticket's clocks afresh. */
	private Optional<SlaClock> forgetting(Optional<SlaClock> changed) {
		Map<Long, Map<ClockKind, SlaClock>> locked = locked();
		if (locked != null) {
			changed.ifPresent(c -> locked.remove(c.ticketId()));
		}
		return changed;
	}

	List<SlaClock> ofTicket(long ticketId) {
		return jdbc.sql("select " + COLUMNS + " from sla.clock where ticket_id = ? order by kind desc")
				.param(ticketId).query(ClockRows::clock).list();
	}

	/** The clocks of these ids as they stand, unlocked (the marks below re-check what they rely on). */
	List<SlaClock> read(Collection<Long> ids) {
		return jdbc.sql("select " + COLUMNS + " from sla.clock where id = any(?)").param(ids.toArray(Long[]::new))
				.query(ClockRows::clock).list();
	}

	/** Marks each timer's warning once, and only for the generation the timer was set for: the clocks marked. */
	List<SlaClock> markWarned(Collection<ClockTimer> timers) {
		return mark("set warned = true", "and not c.warned", timers);
	}

	/** Marks each timer's breach once, and only for the generation the timer was set for: the clocks marked. */
	List<SlaClock> markBreached(Collection<ClockTimer> timers) {
		return mark("set state = 'BREACHED', generation = c.generation + 1", "", timers);
	}

	private List<SlaClock> mark(String set, String unless, Collection<ClockTimer> timers) {
		if (timers.isEmpty()) {
			return List.of();
		}
		List<SlaClock> marked = jdbc.sql("update sla.clock c " + set
				+ " from unnest(?::bigint[], ?::integer[]) as t(id, generation)"
				+ " where c.id = t.id and c.generation = t.generation and c.state = 'RUNNING' " + unless
				+ " returning " + MARKED_COLUMNS)
				.params(timers.stream().map(ClockTimer::clockId).toArray(Long[]::new),
						timers.stream().map(ClockTimer::generation).toArray(Integer[]::new))
				.query(ClockRows::clock).list();
		marked.forEach(c -> forgetting(Optional.of(c)));
		return marked;
	}

	private static SlaClock clock(ResultSet rs, int row) throws SQLException {
		return new SlaClock(rs.getLong("id"), rs.getLong("ticket_id"), rs.getLong("store_id"), rs.getLong("region_id"),
				ClockKind.valueOf(rs.getString("kind")), rs.getBoolean("always_on"), rs.getInt("target_minutes"),
				instant(rs, "started_at"), instant(rs, "running_since"), Duration.ofSeconds(rs.getLong("consumed_seconds")),
				instant(rs, "due_at"), instant(rs, "paused_at"), instant(rs, "stopped_at"),
				ClockState.valueOf(rs.getString("state")), rs.getBoolean("warned"), rs.getInt("generation"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static Timestamp ts(Instant at) {
		return at == null ? null : Timestamp.from(at);
	}
}
