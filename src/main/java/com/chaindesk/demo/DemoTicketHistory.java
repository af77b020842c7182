package com.chaindesk.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ninety days of tickets for the demo chain, so that queues, timelines, SLA figures and reports show something
 * real. This step only settles which history (its seed and its last moment, now); {@link HistoryLoading} writes it
 * once the demo chain has committed, in transactions of its own, so that the first start does not wait for two
 * thousand tickets.
 */
@Component
@ConditionalOnProperty(name = "chaindesk.demo.history.enabled", havingValue = "true", matchIfMissing = true)
class DemoTicketHistory implements DemoStep {

	/** The same seed every time: every demo has the same history, shifted to end at its first start. */
	static final long SEED = 20_261_123L;

	private final JdbcClient jdbc;
	private final Clock clock;

	DemoTicketHistory(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 70;
	}

	@Override
	public void load() {
		jdbc.sql("insert into demo.history (seed, ends_at) values (?, ?)")
				.params(SEED, Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MINUTES))).update();
	}
}
