package com.chaindesk.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Only the thread that writes history lives in the past, and only until it closes its stay. */
class ChainClockTests {

	private final ChainClock clock = new ChainClock();

	@Test
	void aThreadRunsAsOfAPastMomentUntilItClosesItsStayOtherThreadsKeepRealTime() throws Exception {
		Instant past = Instant.parse("2026-08-30T07:00:00Z");
		try (ChainClock.PastMoment moment = clock.asOf(past)) {
			assertThat(clock.instant()).isEqualTo(past);
			Instant elsewhere = CompletableFuture.supplyAsync(clock::instant).get();
			assertThat(elsewhere).isAfter(past.plus(Duration.ofDays(1)));
			moment.moveTo(past.plus(Duration.ofHours(2)));
			assertThat(clock.instant()).isEqualTo(past.plus(Duration.ofHours(2)));
			assertThatThrownBy(() -> clock.asOf(past)).as("no stay within a stay").isInstanceOf(IllegalStateException.class);
		}
		assertThat(clock.instant()).isAfter(past.plus(Duration.ofDays(1)));
	}
}
