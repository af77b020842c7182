package com.chaindesk.sla.clock;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import com.chaindesk.sla.AlwaysOn;
import com.chaindesk.sla.BusinessCalendar;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clock hears of its ticket late and out of order (a timer late after a restart, listeners racing each other, the
 * demo's history written after the fact): it still ends MET or BREACHED by the moments the things happened.
 */
class LateNewsTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
	private static final BusinessCalendar ALWAYS = new AlwaysOn(SHANGHAI);

	private static Instant at(String local) {
		return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
	}

	@Test
	void aStopAfterTheDueMomentIsABreachEvenIfTheBreachTimerHasNotFiredYet() {
		SlaClock clock = SlaClock.start(1, 2, 3, ClockKind.RESOLUTION, true, 240, at("2026-03-02T10:00"), ALWAYS);
		assertThat(clock.stop(at("2026-03-02T15:00"), ALWAYS)).isTrue();
		assertThat(clock.state()).isEqualTo(ClockState.BREACHED);
	}

	@Test
	void theEarlierStopWinsWhenItIsHeardSecond() {
		SlaClock clock = SlaClock.start(1, 2, 3, ClockKind.RESOLUTION, true, 240, at("2026-03-02T10:00"), ALWAYS);
		assertThat(clock.stop(at("2026-03-04T09:00"), ALWAYS)).as("closed two days later, heard first").isTrue();
		assertThat(clock.state()).isEqualTo(ClockState.BREACHED);
		assertThat(clock.stop(at("2026-03-02T12:00"), ALWAYS)).as("resolved in time, heard second").isTrue();
		assertThat(clock.state()).isEqualTo(ClockState.MET);
		assertThat(clock.stoppedAt()).isEqualTo(at("2026-03-02T12:00"));
		assertThat(clock.consumed()).as("the time it took is the time to the earlier stop")
				.isEqualTo(java.time.Duration.ofHours(2));
		assertThat(clock.stop(at("2026-03-03T12:00"), ALWAYS)).as("a later stop changes nothing").isFalse();
		assertThat(clock.state()).isEqualTo(ClockState.MET);
	}

	@Test
	void aStopFromBeforeARestartDoesNotStopTheRestartedClock() {
		SlaClock clock = SlaClock.start(1, 2, 3, ClockKind.RESOLUTION, true, 240, at("2026-03-02T10:00"), ALWAYS);
		clock.stop(at("2026-03-02T11:00"), ALWAYS);
		clock.restart(at("2026-03-03T10:00"), ALWAYS);
		assertThat(clock.stop(at("2026-03-02T11:00"), ALWAYS)).isFalse();
		assertThat(clock.state()).isEqualTo(ClockState.RUNNING);
	}
}
