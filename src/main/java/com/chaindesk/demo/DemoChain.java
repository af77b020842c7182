package com.chaindesk.demo;

import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo chain on the first start. Runs in one transaction under an advisory lock, so that two instances
 * starting together on an empty database load it once, and a crash half-way leaves nothing behind.
 */
@Component
@ConditionalOnProperty(name = "chaindesk.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoChain implements ApplicationRunner {

	/** The password of every demo account; never used outside the demo. */
	static final String PASSWORD = "chaindesk";

	private static final Logger log = LoggerFactory.getLogger(DemoChain.class);

	private final List<DemoStep> steps;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;

	DemoChain(List<DemoStep> steps, JdbcClient jdbc, TransactionTemplate transaction) {
		this.steps = steps.stream().sorted(Comparator.comparingInt(DemoStep::order)).toList();
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		transaction.executeWithoutResult(status -> {
			jdbc.sql("select pg_advisory_xact_lock(7001)").query().singleRow();
			if (jdbc.sql("select exists (select 1 from demo.loaded)").query(Boolean.class).single()) {
				return;
			}
			long started = System.nanoTime();
			steps.forEach(DemoStep::load);
			jdbc.sql("insert into demo.loaded default values").update();
			log.info("Demo chain loaded in {} ms ({} steps)", (System.nanoTime() - started) / 1_000_000, steps.size());
		});
	}
}
