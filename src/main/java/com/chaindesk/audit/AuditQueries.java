package com.chaindesk.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

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
	 * Walks every chain in order and recomputes every hash; a chain must also end at the hash its head row holds, so
	 * entries cut off its end are noticed too. Streams the rows, so a long trail does not fill memory.
	 */
	public ChainVerdict verify() {
		Map<Integer, String> heads = new TreeMap<>();
		jdbc.sql("select chain, hash from audit.chain_head").query((RowCallbackHandler) rs -> heads.put(rs.getInt(1),
				rs.getString(2)));
		ChainWalk walk = new ChainWalk(heads);
		jdbc.sql("select * from audit.entry order by chain, id").query((RowCallbackHandler) rs -> walk.check(rs.getInt("chain"),
				entry(rs, 0), rs.getString("prev_hash")));
		return walk.verdict();
	}

	/** One pass over all chains, chain after chain, remembering the first break of each. */
	private static final class ChainWalk {

		private final Map<Integer, String> heads;
		private final List<ChainVerdict.ChainBreak> broken = new ArrayList<>();
		private final Set<Integer> seen = new HashSet<>();
		private long checked;
		private Integer chain;
		private String previous;
		private AuditEntry last;
		private boolean chainBroken;

		ChainWalk(Map<Integer, String> heads) {
			this.heads = heads;
		}

		void check(int entryChain, AuditEntry entry, String prevHash) {
			if (chain == null || chain != entryChain) {
				finishChain();
				chain = entryChain;
				seen.add(entryChain);
				previous = AuditTrail.GENESIS;
				last = null;
				chainBroken = false;
			}
			checked++;
			if (chainBroken) {
				return;
			}
			String expected = AuditTrail.hash(previous, entry.at(), entry.actor(), entry.scope(), entry.action(),
					entry.targetType(), entry.targetId(), entry.before(), entry.after(), entry.clientIp());
			if (!Objects.equals(prevHash, previous) || !expected.equals(entry.hash())) {
				broken.add(new ChainVerdict.ChainBreak(entryChain, entry, false));
				chainBroken = true;
			}
			previous = entry.hash();
			last = entry;
		}

		private void finishChain() {
			if (chain != null && !chainBroken && !Objects.equals(heads.getOrDefault(chain, previous), previous)) {
				broken.add(new ChainVerdict.ChainBreak(chain, last, true));
			}
		}

		ChainVerdict verdict() {
			finishChain();
			chain = null;
			// A chain whose head moved on but that has no entry left at all was emptied from the end.
			heads.forEach((c, head) -> {
				if (!seen.contains(c) && !AuditTrail.GENESIS.equals(head)) {
					broken.add(new ChainVerdict.ChainBreak(c, null, true));
				}
			});
			broken.sort(Comparator.comparingInt(ChainVerdict.ChainBreak::chain));
			AuditEntry firstBroken = broken.stream().filter(b -> !b.endsEarly()).map(ChainVerdict.ChainBreak::entry)
					.min(Comparator.comparingLong(AuditEntry::id)).orElse(null);
			Set<Integer> chains = new HashSet<>(heads.keySet());
			chains.addAll(seen);
			return new ChainVerdict(broken.isEmpty(), checked, chains.size(), firstBroken, List.copyOf(broken));
		}
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
				rs.getString("scope"), rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"),
				rs.getString("before_json"), rs.getString("after_json"), rs.getString("client_ip"), rs.getString("hash"));
	}
}
