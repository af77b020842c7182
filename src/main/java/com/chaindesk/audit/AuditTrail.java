package com.chaindesk.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

import com.chaindesk.platform.Actor;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.RequestOrigin;
import com.chaindesk.platform.TransactionLocal;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records changes in the trail. Runs inside the caller's transaction, so a change that rolls back leaves no entry
 * and an entry that cannot be written rolls the change back.
 * <p>
 * The trail is {@value #CHAINS} independent hash chains: an entry goes to the chain its target hashes to, so one
 * ticket's (or user's, or setting's) history stays in one chain, in order. Appending to a chain locks that chain's
 * head row until commit, so that the next entry links to a hash that really committed. The entries of a
 * transaction are held until just before it commits and then appended all at once, taking the heads in ascending
 * chain order: a head is locked only for the last moments of a transaction, and two transactions can never wait for
 * each other's heads.
 */
@Service
public class AuditTrail {

	static final String GENESIS = "0".repeat(64);

	/** How many chains the trail has: as many head rows as audit/V2__striped_chains.sql made. */
	public static final int CHAINS = 32;

	/** Entries per statement: 14 parameters each, and PostgreSQL takes at most 65,535 in one statement. */
	private static final int SLICE = 2_000;

	private final JdbcClient jdbc;
	private final JsonMapper json;

	/**
	 * The entries a transaction recorded so far, written just before it commits. Last among the synchronisations:
	 * listeners that run before commit (see {@link com.chaindesk.platform.BeforeCommit}) record first. Chains are
	 * appended in ascending order (a TreeMap), so no two transactions ever hold heads the other one wants.
	 */
	private final TransactionLocal<PendingEntries> pendingOfThisTransaction = new TransactionLocal<>(PendingEntries::new,
			Ordered.LOWEST_PRECEDENCE, (pending, readOnly) -> {
				pending.written = true;
				if (!pending.byChain.isEmpty()) {
					append(pending.byChain);
				}
			});

	AuditTrail(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditEvent event) {
		Actor actor = CurrentActor.get();
		Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
		String before = event.before() == null ? null : json.writeValueAsString(event.before());
		String after = event.after() == null ? null : json.writeValueAsString(event.after());
		PendingEntry entry = new PendingEntry(chainOf(event.targetType(), event.targetId()), at, actor.username(),
				event.targetScope(), event.action(), event.targetType(), event.targetId(), before, after,
				RequestOrigin.clientAddress());
		PendingEntries pending = TransactionLocal.available() ? pendingOfThisTransaction.get() : null;
		if (pending != null && !pending.written) {
			pending.byChain.computeIfAbsent(entry.chain(), c -> new ArrayList<>()).add(entry);
		}
		else {
			// No synchronisation, or recorded while the transaction is already committing: written at once.
			append(Map.of(entry.chain(), List.of(entry)));
		}
	}

	/** The chain a target's entries go to: a stable hash (CRC-32, the same on every instance and release). */
	public static int chainOf(String targetType, String targetId) {
		CRC32 crc = new CRC32();
		crc.update((targetType + ':' + targetId).getBytes(StandardCharsets.UTF_8));
		return (int) (crc.getValue() % CHAINS);
	}

	/**
	 * Appends entries to their chains: locks the chains' heads (in ascending order), links each entry to the one
	 * before it in its chain, moves each head on. Two statements however many chains (a batch of SLA alarms touches
	 * as many as it has tickets): the heads, then one multi-row insert that moves the heads on with it; a very large
	 * transaction's entries go in slices that stay within PostgreSQL's limit on bind parameters.
	 */
	private void append(Map<Integer, List<PendingEntry>> byChain) {
		Map<Integer, String> heads = new HashMap<>();
		jdbc.sql("select chain, hash from audit.chain_head where chain = any(?) order by chain for update")
				.param(byChain.keySet().stream().sorted().toArray(Integer[]::new))
				.query((rs, n) -> heads.put(rs.getInt(1), rs.getString(2))).list();
		List<LinkedEntry> linked = new ArrayList<>();
		for (Map.Entry<Integer, List<PendingEntry>> chain : byChain.entrySet()) {
			String prev = heads.get(chain.getKey());
			if (prev == null) {
				throw new IllegalStateException("Audit chain " + chain.getKey() + " has no head row");
			}
			for (PendingEntry e : chain.getValue()) {
				String hash = hash(prev, e.at(), e.actor(), e.scope().key(), e.action(), e.targetType(), e.targetId(),
						e.before(), e.after(), e.clientIp());
				linked.add(new LinkedEntry(e, prev, hash));
				prev = hash;
			}
		}
		for (int from = 0; from < linked.size(); from += SLICE) {
			insert(linked.subList(from, Math.min(linked.size(), from + SLICE)));
		}
	}

	private void insert(List<LinkedEntry> slice) {
		List<Object> params = new ArrayList<>(slice.size() * 14 + 96);
		Map<Integer, LinkedEntry> lastOfChain = new LinkedHashMap<>();
		Map<Integer, Integer> countOfChain = new HashMap<>();
		for (LinkedEntry l : slice) {
			PendingEntry e = l.entry();
			params.addAll(Arrays.asList(e.chain(), java.sql.Timestamp.from(e.at()), e.actor(), e.scope().key(),
					e.scope().regionId(), e.scope().storeId(), e.action(), e.targetType(), e.targetId(), e.before(),
					e.after(), e.clientIp(), l.prev(), l.hash()));
			lastOfChain.put(e.chain(), l);
			countOfChain.merge(e.chain(), 1, Integer::sum);
		}
		lastOfChain.forEach((chain, last) -> params.addAll(List.of(chain, last.hash(), countOfChain.get(chain))));
		// Ids come from one sequence in the order of the rows, so a head's last id is the highest one added to it.
		int moved = jdbc.sql("""
				with added as (
				  insert into audit.entry (chain, at, actor, scope, region_id, store_id, action, target_type, target_id,
				                           before_json, after_json, client_ip, prev_hash, hash)
				  values """ + String.join(", ", Collections.nCopies(slice.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
				+ """
				   returning id, chain),
				moved (chain, hash, added) as (values """
				+ String.join(", ", Collections.nCopies(lastOfChain.size(), "(?::integer, ?::text, ?::integer)")) + """
				)
				update audit.chain_head h
				   set hash = m.hash, last_id = (select max(a.id) from added a where a.chain = h.chain),
				       entries = h.entries + m.added
				  from moved m
				 where h.chain = m.chain""")
				.params(params).update();
		if (moved != lastOfChain.size()) {
			throw new IllegalStateException("Moved " + moved + " of " + lastOfChain.size() + " audit chain heads");
		}
	}

	/** An entry with the hash of the one before it in its chain, and its own. */
	private record LinkedEntry(PendingEntry entry, String prev, String hash) {
	}

	static String hash(String prev, Instant at, String actor, String scope, String action, String targetType,
			String targetId, String before, String after, String clientIp) {
		StringBuilder content = new StringBuilder(256);
		for (String part : new String[] { prev, at.toString(), actor, scope, action, targetType, targetId, before, after,
				clientIp }) {
			// Length-prefixed, so that no two different entries can ever produce the same text.
			String value = part == null ? "" : part;
			content.append(part == null ? -1 : value.length()).append(':').append(value).append('|');
		}
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha.digest(content.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}

	/** What a transaction recorded, by chain, and whether it has been written already. */
	private static final class PendingEntries {
		final Map<Integer, List<PendingEntry>> byChain = new TreeMap<>();
		boolean written;
	}

	/** An entry recorded in a transaction that has not committed yet. */
	private record PendingEntry(int chain, Instant at, String actor, OrgScope scope, String action, String targetType,
			String targetId, String before, String after, String clientIp) {
	}
}
