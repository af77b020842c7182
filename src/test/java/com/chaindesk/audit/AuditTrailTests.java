package com.chaindesk.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import com.chaindesk.ApiCaller;
import com.chaindesk.ChainDeskTest;
import com.chaindesk.identity.NewAccount;
import com.chaindesk.identity.UserAccounts;
import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.RegionRef;
import com.chaindesk.org.StoreRef;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@ChainDeskTest
class AuditTrailTests {

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrgDirectory org;

	@Autowired
	AuditTrail trail;

	private void open(String username, Set<Role> roles, OrgScope scope) {
		transaction.executeWithoutResult(status -> accounts.open(
				new NewAccount(username, "Audit " + username, "audit-pass-1", null, roles, scope)));
	}

	@Test
	void everyAccountOpeningIsRecordedAndTheChainIsIntact() {
		open("audit-a", Set.of(Role.L1_AGENT), OrgScope.hq());
		ApiCaller admin = ApiCaller.as(port, "admin");
		ApiCaller.Reply trail = admin.get("/api/v1/audit?targetType=user&targetId=audit-a");
		assertThat(trail.status()).isEqualTo(200);
		assertThat(trail.json().get("content").get(0).get("action").asString()).isEqualTo("user.opened");
		assertThat(trail.json().get("content").get(0).get("actor").asString()).isEqualTo("system");

		ApiCaller.Reply verdict = admin.get("/api/v1/audit/verify");
		assertThat(verdict.status()).isEqualTo(200);
		assertThat(verdict.json().get("intact").asBoolean()).isTrue();
		assertThat(verdict.json().get("entries").asLong()).isGreaterThan(1);
		assertThat(verdict.json().get("firstBroken").isNull()).isTrue();
	}

	@Test
	void aRowAlteredInTheDatabaseIsFoundAndNamed() {
		open("audit-tamper", Set.of(Role.L1_AGENT), OrgScope.hq());
		long id = jdbc.sql("select id from audit.entry where target_id = 'audit-tamper'").query(Long.class).single();
		String original = jdbc.sql("select after_json from audit.entry where id = ?").param(id).query(String.class).single();
		open("audit-after-tamper", Set.of(Role.L1_AGENT), OrgScope.hq());
		try {
			jdbc.sql("update audit.entry set after_json = replace(after_json, 'L1_AGENT', 'HQ_ADMIN') where id = ?").param(id).update();
			ApiCaller.Reply verdict = ApiCaller.as(port, "admin").get("/api/v1/audit/verify");
			assertThat(verdict.json().get("intact").asBoolean()).isFalse();
			assertThat(verdict.json().get("firstBroken").get("id").asLong()).isEqualTo(id);
			assertThat(verdict.json().get("broken").get(0).get("chain").asInt())
					.isEqualTo(AuditTrail.chainOf("user", "audit-tamper"));
		}
		finally {
			jdbc.sql("update audit.entry set after_json = ? where id = ?").params(original, id).update();
		}
		assertThat(ApiCaller.as(port, "admin").get("/api/v1/audit/verify").json().get("intact").asBoolean()).isTrue();
	}

	/** Records one entry per target in one transaction, as a change touching several things would. */
	private void record(String action, String... targetIds) {
		transaction.executeWithoutResult(status -> {
			for (String targetId : targetIds) {
				trail.record(new AuditEvent(action, "audit-test", targetId, OrgScope.hq(), null, java.util.Map.of("n", targetId)));
			}
		});
	}

	private Row row(long id) {
		return jdbc.sql("select id, at, actor, scope, action, target_type, target_id, before_json, after_json, client_ip, prev_hash, hash, chain from audit.entry where id = ?")
				.param(id)
				.query((rs, n) -> new Row(rs.getLong(1), rs.getTimestamp(2), rs.getString(3), rs.getString(4), rs.getString(5),
						rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
						rs.getString(12), rs.getInt(13)))
				.single();
	}

	private void putBack(Row removed) {
		jdbc.sql("insert into audit.entry (id, at, actor, scope, action, target_type, target_id, before_json, after_json, client_ip, prev_hash, hash, chain) values (?,?,?,?,?,?,?,?,?,?,?,?,?)")
				.params(removed.id(), removed.at(), removed.actor(), removed.scope(), removed.action(), removed.targetType(),
						removed.targetId(), removed.before(), removed.after(), removed.ip(), removed.prev(), removed.hash(), removed.chain())
				.update();
	}

	record Row(long id, java.sql.Timestamp at, String actor, String scope, String action, String targetType,
			String targetId, String before, String after, String ip, String prev, String hash, int chain) {
	}

	@Test
	void aDeletedRowBreaksItsChainAtTheNextEntryOfThatChain() {
		String target = "gap-" + System.nanoTime();
		record("audit.test.first", target);
		record("audit.test.second", target);
		long first = jdbc.sql("select id from audit.entry where target_id = ? and action = 'audit.test.first'").param(target).query(Long.class).single();
		Row removed = row(first);
		long next = jdbc.sql("select min(id) from audit.entry where chain = ? and id > ?").params(removed.chain(), first)
				.query(Long.class).single();
		try {
			jdbc.sql("delete from audit.entry where id = ?").param(first).update();
			ApiCaller.Reply verdict = ApiCaller.as(port, "admin").get("/api/v1/audit/verify");
			assertThat(verdict.json().get("intact").asBoolean()).isFalse();
			assertThat(verdict.json().get("firstBroken").get("id").asLong()).isEqualTo(next);
			assertThat(verdict.json().get("broken").size()).isEqualTo(1);
			assertThat(verdict.json().get("broken").get(0).get("chain").asInt()).isEqualTo(removed.chain());
			assertThat(verdict.json().get("broken").get(0).get("endsEarly").asBoolean()).isFalse();
		}
		finally {
			putBack(removed);
		}
		assertThat(ApiCaller.as(port, "admin").get("/api/v1/audit/verify").json().get("intact").asBoolean()).isTrue();
	}

	@Test
	void entriesCutOffTheEndOfAChainAreNoticed() {
		String target = "tail-" + System.nanoTime();
		record("audit.test.tail", target);
		int chain = AuditTrail.chainOf("audit-test", target);
		long last = jdbc.sql("select max(id) from audit.entry where chain = ?").param(chain).query(Long.class).single();
		Row removed = row(last);
		try {
			jdbc.sql("delete from audit.entry where id = ?").param(last).update();
			ApiCaller.Reply verdict = ApiCaller.as(port, "admin").get("/api/v1/audit/verify");
			assertThat(verdict.json().get("intact").asBoolean()).isFalse();
			assertThat(verdict.json().get("broken").get(0).get("chain").asInt()).isEqualTo(chain);
			assertThat(verdict.json().get("broken").get(0).get("endsEarly").asBoolean()).isTrue();
		}
		finally {
			putBack(removed);
		}
		assertThat(ApiCaller.as(port, "admin").get("/api/v1/audit/verify").json().get("intact").asBoolean()).isTrue();
	}

	@Test
	void oneTargetsHistoryStaysInOneChainInOrder() {
		String target = "history-" + System.nanoTime();
		for (int i = 0; i < 5; i++) {
			record("audit.test.step" + i, target, "other-" + i + "-" + target);
		}
		List<String> actions = jdbc.sql("select action from audit.entry where target_id = ? order by id").param(target)
				.query(String.class).list();
		assertThat(actions).containsExactly("audit.test.step0", "audit.test.step1", "audit.test.step2", "audit.test.step3",
				"audit.test.step4");
		assertThat(jdbc.sql("select distinct chain from audit.entry where target_id = ?").param(target).query(Integer.class).list())
				.containsExactly(AuditTrail.chainOf("audit-test", target));
		assertThat(ApiCaller.as(port, "admin").get("/api/v1/audit/verify").json().get("chains").asInt())
				.isEqualTo(AuditTrail.CHAINS);
	}

	@Test
	void concurrentChangesToManyTargetsLeaveEveryChainIntact() throws Exception {
		String run = "parallel-" + System.nanoTime();
		try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
			List<Future<?>> done = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				int n = i;
				// Each change touches two targets, usually in two chains, in either order: no deadlock, no lost entry.
				done.add(pool.submit(() -> record("audit.test.parallel", run + "-" + n, run + "-" + (199 - n))));
			}
			for (Future<?> f : done) {
				f.get(60, TimeUnit.SECONDS);
			}
		}
		assertThat(jdbc.sql("select count(*) from audit.entry where target_id like ?").param(run + "-%").query(Long.class).single())
				.isEqualTo(400);
		ApiCaller.Reply verdict = ApiCaller.as(port, "admin").get("/api/v1/audit/verify");
		assertThat(verdict.json().get("intact").asBoolean()).as(verdict.body()).isTrue();
	}

	@Test
	void aBulkChangeWithMoreEntriesThanOneStatementTakesIsWrittenWholeAndInOrder() {
		String run = "bulk-" + System.nanoTime();
		// 2,500 entries over every chain: more than one insert can carry, so they go in slices.
		String[] targets = IntStream.range(0, 2_500).mapToObj(i -> run + "-" + i).toArray(String[]::new);
		record("audit.test.bulk", targets);
		assertThat(jdbc.sql("select count(distinct chain) from audit.entry where target_id like ?").param(run + "-%")
				.query(Long.class).single()).isEqualTo(AuditTrail.CHAINS);
		List<String> inOrder = jdbc.sql("select target_id from audit.entry where target_id like ? order by id")
				.param(run + "-%").query(String.class).list();
		assertThat(inOrder).hasSize(2_500);
		ApiCaller.Reply verdict = ApiCaller.as(port, "admin").get("/api/v1/audit/verify");
		assertThat(verdict.json().get("intact").asBoolean()).as(verdict.body()).isTrue();
	}

	@Test
	void regionManagersSeeOnlyTheirRegionsEntriesAndCannotVerify() {
		RegionRef north = org.regions().stream().filter(r -> r.code().equals("NORTH")).findFirst().orElseThrow();
		RegionRef south = org.regions().stream().filter(r -> r.code().equals("SOUTH")).findFirst().orElseThrow();
		StoreRef northStore = org.storesOfRegion(north.id()).getFirst();
		StoreRef southStore = org.storesOfRegion(south.id()).getFirst();
		open("audit-rm", Set.of(Role.REGION_MANAGER), OrgScope.region(north.id()));
		open("audit-in-region", Set.of(Role.STORE_STAFF), OrgScope.store(northStore.id(), north.id()));
		open("audit-other-region", Set.of(Role.STORE_STAFF), OrgScope.store(southStore.id(), south.id()));
		ApiCaller manager = ApiCaller.as(port, "audit-rm", "audit-pass-1");
		ApiCaller.Reply trail = manager.get("/api/v1/audit?size=200");
		assertThat(trail.status()).isEqualTo(200);
		assertThat(trail.body()).contains("audit-in-region").doesNotContain("audit-other-region");
		trail.json().get("content").forEach(entry -> assertThat(jdbc.sql("select region_id from audit.entry where id = ?")
				.param(entry.get("id").asLong()).query(Long.class).single()).as("region of entry %s", entry).isEqualTo(north.id()));
		assertThat(manager.get("/api/v1/audit/verify").status()).isEqualTo(403);
	}

	@Test
	void staffMayNotReadTheTrail() {
		StoreRef store = org.storesOfRegion(org.regions().getFirst().id()).getFirst();
		open("audit-staff", Set.of(Role.STORE_STAFF), OrgScope.store(store.id(), store.regionId()));
		assertThat(ApiCaller.as(port, "audit-staff", "audit-pass-1").get("/api/v1/audit").status()).isEqualTo(403);
	}

	@Test
	void aChangeThatRollsBackLeavesNoEntry() {
		long before = jdbc.sql("select count(*) from audit.entry").query(Long.class).single();
		try {
			transaction.executeWithoutResult(status -> {
				accounts.open(new NewAccount("audit-rollback", "Rollback", "audit-pass-1", null, Set.of(Role.L1_AGENT), OrgScope.hq()));
				throw new IllegalStateException("something later in the same change failed");
			});
		}
		catch (IllegalStateException expected) {
			// the whole change, audit entry included, is gone
		}
		assertThat(jdbc.sql("select count(*) from audit.entry").query(Long.class).single()).isEqualTo(before);
		assertThat(accounts.findByUsername("audit-rollback")).isEmpty();
	}
}
