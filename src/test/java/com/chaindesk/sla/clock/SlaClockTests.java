package com.chaindesk.sla.clock;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.chaindesk.org.WeeklyHours;
import com.chaindesk.sla.BusinessCalendar;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The clock's own arithmetic on a store open 09:00-21:00 every day (no holidays). */
class SlaClockTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
	static final List<String> DAY = List.of("09:00-21:00");
	static final BusinessCalendar STORE = BusinessCalendar.of(SHANGHAI, WeeklyHours.of(Map.of("MON", DAY, "TUE", DAY,
			"WED", DAY, "THU", DAY, "FRI", DAY, "SAT", DAY, "SUN", DAY)), List.of(), List.of());

	static Instant at(String local) {
		return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
	}

	@Test
	void aClockOpenedLateInTheDayComesDueTheNextMorning() {
		SlaClock clock = SlaClock.start(1, 2, 3, ClockKind.RESPONSE, false, 120, at("2026-03-02T20:00"), STORE);
		assertThat(clock.dueAt()).isEqualTo(at("2026-03-03T10:00"));
		// 75 % of two hours is 90 minutes: one hour tonight, half an hour tomorrow.
		assertThat(clock.warningAt(STORE)).isEqualTo(at("2026-03-03T09:30"));
	}

	@Test
	void pausingOvernightAndResumingKeepsTheBusinessTimeLeft() {
		SlaClock clock = SlaClock.start(1, 2, 3, ClockKind.RESOLUTION, false, 240, at("2026-03-02T18:00"), STORE);
		assertThat(clock.dueAt()).isEqualTo(at("2026-03-03T10:00"));
		assertThat(clock.pause(at("2026-03-02T19:00"), STORE)).isTrue();
		assertThat(clock.remaining(at("2026-03-03T12:00"), STORE)).isEqualTo(Duration.ofHours(3));
		assertThat(clock.resume(at("2026-03-03T11:00"), STORE)).isTrue();
		// One hour used before the pause, three left from 11:00.
		assertThat(clock.dueAt()).isEqualTo(at("2026-03-03T14:00"));
		assertThat(clock.remaining(at("2026-03-03T13:00"), STORE)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void everyChangeOfTheDueMomentMakesEarlierTimersStale() {
		SlaClock clock = SlaClock.start(1, 2, 3, ClockKind.RESOLUTION, false, 240, at("2026-03-02T10:00"), STORE);
		int first = clock.generation();
		clock.pause(at("2026-03-02T11:00"), STORE);
		clock.resume(at("2026-03-02T12:00"), STORE);
		assertThat(clock.generation()).isGreaterThan(first + 1);
		assertThat(clock.resume(at("2026-03-02T12:30"), STORE)).as("resuming a running clock").isFalse();
	}

	@Test
	void aStoppedClockIsMetAndAReopenedOneStartsOverWithItsFullTarget() {
		SlaClock clock = SlaClock.start(1, 2, 3, ClockKind.RESOLUTION, false, 240, at("2026-03-02T10:00"), STORE);
		assertThat(clock.stop(at("2026-03-02T11:00"), STORE)).isTrue();
		assertThat(clock.state()).isEqualTo(ClockState.MET);
		assertThat(clock.consumed()).as("business time the clock took").isEqualTo(Duration.ofHours(1));
		assertThat(clock.remaining(at("2026-03-02T11:30"), STORE)).isNull();
		assertThat(clock.restart(at("2026-03-02T20:00"), STORE)).isTrue();
		assertThat(clock.state()).isEqualTo(ClockState.RUNNING);
		assertThat(clock.dueAt()).isEqualTo(at("2026-03-03T12:00"));
	}

	@Test
	void aClockStoppedTheNextMorningKeepsOnlyTheBusinessTimeItTook() {
		SlaClock clock = SlaClock.start(1, 2, 3, ClockKind.RESOLUTION, false, 240, at("2026-03-02T20:00"), STORE);
		clock.stop(at("2026-03-03T09:30"), STORE);
		assertThat(clock.consumed()).isEqualTo(Duration.ofMinutes(90));
	}
}
