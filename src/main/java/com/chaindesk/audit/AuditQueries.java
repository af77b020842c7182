package com.chaindesk.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import com.chaindesk.platform.OrgScope;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the trail, always through the reader's scope: HQ sees everything, a region manager their region's entries,
 * a store manager their store's.
 */
@Service
@Transactional(readOnly = true)
public class AuditQueries {

	private final JdbcClient jdbc;

	AuditQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public AuditPage search(OrgScope reader, AuditFilter filter, int page, int size) {
		int limit = Math.clamp(size, 1, 200);
		int offset = Math.max(page, 0) * limit;
		StringBuilder where = new StringBuilder(" where 1=1");
		List<Object> params = new ArrayList<>();
		switch (reader.level()) {
			case HQ -> {
			}
			case REGION -> {
				where.append(" and region_id = ?");
				params.add(reader.regionId());
			}
			case STORE -> {
				where.append(" and store_id = ?");
				params.add(reader.storeId());
			}
			case VENDOR -> where.append(" and false");
		}
		if (filter.actor() != null && !filter.actor().isBlank()) {
			where.append(" and actor = ?");
			params.add(filter.actor().trim());
		}
		if (filter.action() != null && !filter.action().isBlank()) {
			where.append(" and action like ?");
			params.add(filter.action().trim() + "%");
		}
		if (filter.targetType() != null && !filter.targetType().isBlank()) {
			where.append(" and target_type = ?");
			params.add(filter.targetType().trim());
		}
		if (filter.targetId() != null && !filter.targetId().isBlank()) {
			where.append(" and target_id = ?");
			params.add(filter.targetId().trim());
		}
		if (filter.from() != null) {
			where.append(" and at >= ?");
			params.add(java.sql.Timestamp.from(filter.from()));
		}
		if (filter.to() != null) {
			where.append(" and at < ?");
			params.add(java.sql.Timestamp.from(filter.to()));
		}
		long total = jdbc.sql("select count(*) from audit.entry" + where).params(params).query(Long.class).single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(limit);
		pageParams.add(offset);
		List<AuditEntry> entries = jdbc.sql("select * from audit.entry" + where + " order by id desc limit ? offset ?")
				.params(pageParams).query(AuditQueries::entry).list();
		return new AuditPage(entries, Math.max(page, 0), limit, total);
	}

	/**
	 * Walks the whole chain in order and recomputes every hash. Streams the rows, so a long trail does not fill
	 * memory.
	 */
	public ChainVerdict verify() {
		AtomicReference<String> previous = new AtomicReference<>(AuditTrail.GENESIS);
		AtomicLong checked = new AtomicLong();
		AtomicReference<AuditEntry> broken = new AtomicReference<>();
		jdbc.sql("select * from audit.entry order by id").query((RowCallbackHandler) rs -> {
			if (broken.get() != null) {
				return;
			}
			AuditEntry entry = entry(rs, 0);
			String expected = AuditTrail.hash(previous.get(), entry.at(), entry.actor(), entry.scope(), entry.action(),
					entry.targetType(), entry.targetId(), entry.before(), entry.after(), entry.clientIp());
			checked.incrementAndGet();
			if (!Objects.equals(rs.getString("prev_hash"), previous.get()) || !expected.equals(entry.hash())) {
				broken.set(entry);
			}
			previous.set(entry.hash());
		});
		return new ChainVerdict(broken.get() == null, checked.get(), broken.get());
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
				rs.getString("scope"), rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"),
				rs.getString("before_json"), rs.getString("after_json"), rs.getString("client_ip"), rs.getString("hash"));
	}
}
