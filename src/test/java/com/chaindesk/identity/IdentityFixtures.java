package com.chaindesk.identity;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accounts, regions and stores made for one test, each with a name no other test uses. The worktree's demo has no
 * organisation, so regions and stores are written straight into org's tables here.
 */
final class IdentityFixtures {

	static final String PASSWORD = "correct-horse";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final UserAccounts accounts;
	private final TransactionTemplate transaction;
	private final JdbcClient jdbc;

	IdentityFixtures(UserAccounts accounts, TransactionTemplate transaction, JdbcClient jdbc) {
		this.accounts = accounts;
		this.transaction = transaction;
		this.jdbc = jdbc;
	}

	static String unique(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet();
	}

	/** A unique code cut to a column's width; taken once, so the cut never runs past the end. */
	static String shortCode(String prefix, int width) {
		String code = unique(prefix);
		return code.substring(0, Math.min(width, code.length()));
	}

	AccountView account(String prefix, Set<Role> roles, OrgScope scope) {
		String username = unique(prefix);
		return transaction.execute(status -> accounts.open(new NewAccount(username, "Test " + username, PASSWORD, null,
				roles, scope)));
	}

	AccountView hqAccount(String prefix, Role role) {
		return account(prefix, Set.of(role), OrgScope.hq());
	}

	long region(String nameZh) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into org.region (code, names, time_zone, locale) values (?, cast(? as jsonb), 'Asia/Shanghai', 'zh-CN')")
				.params(shortCode("R", 18), names(nameZh)).update(key, "id");
		return key.getKey().longValue();
	}

	long store(long regionId, String nameZh) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		String code = unique("S");
		jdbc.sql("""
				insert into org.store (code, region_id, names, city, address, latitude, longitude, time_zone, locale, size_class, opening_hours)
				values (?, ?, cast(? as jsonb), '上海', '南京东路 1 号', 31.23, 121.47, 'Asia/Shanghai', 'zh-CN', 'M', '{}')
				""").params(code.substring(0, Math.min(20, code.length())), regionId, names(nameZh)).update(key, "id");
		return key.getKey().longValue();
	}

	private static String names(String nameZh) {
		return "{\"zh-CN\":\"" + nameZh + "\",\"zh-TW\":\"" + nameZh + "\",\"en\":\"" + nameZh + "\"}";
	}

	Map<String, Object> loginBody(AccountView account) {
		return Map.of("username", account.username(), "password", PASSWORD);
	}
}
