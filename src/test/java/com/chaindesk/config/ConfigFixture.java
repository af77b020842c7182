package com.chaindesk.config;

import java.util.Set;
import java.util.UUID;

import com.chaindesk.identity.NewAccount;
import com.chaindesk.identity.UserAccounts;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two regions with stores and their managers, made for config's tests with unique codes. Written straight into
 * org's tables because the org module's services for creating stores are not there yet; once they are, this class
 * goes and the tests use them (or the demo chain).
 */
final class ConfigFixture {

	/** What a test gets: region A with two stores and its people, region B with one store and its manager. */
	record Chain(String tag, long regionA, long storeA1, long storeA2, long regionB, long storeB1,
			String regionManagerA, String storeManagerA1, String regionManagerB) {

		OrgScope scopeA1() {
			return OrgScope.store(storeA1, regionA);
		}
	}

	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final UserAccounts accounts;

	ConfigFixture(JdbcClient jdbc, TransactionTemplate transaction, UserAccounts accounts) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.accounts = accounts;
	}

	Chain create() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		return transaction.execute(status -> {
			long regionA = region("CA" + tag, "测试华东" + tag);
			long regionB = region("CB" + tag, "测试华南" + tag);
			long storeA1 = store("CA1" + tag, regionA, "测试上海一店" + tag);
			long storeA2 = store("CA2" + tag, regionA, "测试杭州一店" + tag);
			long storeB1 = store("CB1" + tag, regionB, "测试广州一店" + tag);
			String regionManagerA = account("cfg-rma-" + tag, Role.REGION_MANAGER, OrgScope.region(regionA));
			String storeManagerA1 = account("cfg-sma-" + tag, Role.STORE_MANAGER, OrgScope.store(storeA1, regionA));
			String regionManagerB = account("cfg-rmb-" + tag, Role.REGION_MANAGER, OrgScope.region(regionB));
			return new Chain(tag, regionA, storeA1, storeA2, regionB, storeB1, regionManagerA, storeManagerA1, regionManagerB);
		});
	}

	/** A region with no people, for settings that could change how someone signs in. */
	long lonelyRegion() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		return transaction.execute(status -> region("CL" + tag, "测试孤岛" + tag));
	}

	long storeIn(long region) {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		return transaction.execute(status -> store("CS" + tag, region, "测试门店" + tag));
	}

	private long region(String code, String name) {
		return jdbc.sql("""
				insert into org.region (code, names, time_zone, locale)
				values (?, cast(? as jsonb), 'Asia/Shanghai', 'zh-CN') returning id
				""").params(code, "{\"zh-CN\":\"" + name + "\",\"en\":\"" + code + "\"}").query(Long.class).single();
	}

	private long store(String code, long region, String name) {
		return jdbc.sql("""
				insert into org.store (code, region_id, names, city, address, latitude, longitude, time_zone, locale,
				                       size_class, opening_hours)
				values (?, ?, cast(? as jsonb), '上海', '测试路 1 号', 31.230000, 121.470000, 'Asia/Shanghai', 'zh-CN', 'M',
				        cast('{"MON":["09:00-21:00"]}' as jsonb)) returning id
				""").params(code, region, "{\"zh-CN\":\"" + name + "\",\"en\":\"Store " + code + "\"}")
				.query(Long.class).single();
	}

	private String account(String username, Role role, OrgScope scope) {
		accounts.open(new NewAccount(username, "测试 " + username, "chaindesk", null, Set.of(role), scope));
		return username;
	}
}
