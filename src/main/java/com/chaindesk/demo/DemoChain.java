package com.chaindesk.demo;

import java.util.Set;

import com.chaindesk.identity.NewAccount;
import com.chaindesk.identity.UserAccounts;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo chain on the first start. Runs in one transaction under an advisory lock, so two instances
 * starting together on an empty database load it once.
 */
@Component
@ConditionalOnProperty(name = "chaindesk.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoChain implements ApplicationRunner {

	static final String PASSWORD = "chaindesk";
	private static final Logger log = LoggerFactory.getLogger(DemoChain.class);

	private final UserAccounts accounts;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;

	DemoChain(UserAccounts accounts, JdbcClient jdbc, TransactionTemplate transaction) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		transaction.executeWithoutResult(status -> {
			jdbc.sql("select pg_advisory_xact_lock(7001)").query().singleRow();
			if (accounts.exists()) {
				return;
			}
			long started = System.nanoTime();
			accounts.open(new NewAccount("admin", "总部管理员 王敏", PASSWORD, "admin@demo.chaindesk", Set.of(Role.HQ_ADMIN),
					OrgScope.hq()));
			log.info("Demo chain loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
		});
	}
}
