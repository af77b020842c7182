package com.chaindesk.sla;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.chaindesk.org.StoreClosure;
import com.chaindesk.org.WeeklyHours;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Business calendars on the real 2026 State Council notice and Taiwan's 2025 office calendar. */
class BusinessCalendarTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
	static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

	static final WeeklyHours OFFICE = WeeklyHours.of(Map.of("MON", List.of("09:00-21:00"), "TUE", List.of("09:00-21:00"),
			"WED", List.of("09:00-21:00"), "THU", List.of("09:00-21:00"), "FRI", List.of("09:00-21:00")));
	static final WeeklyHours MALL = WeeklyHours.of(Map.of("MON", List.of("10:00-22:00"), "TUE", List.of("10:00-22:00"),
			"WED", List.of("10:00-22:00"), "THU", List.of("10:00-22:00"), "FRI", List.of("10:00-22:00"),
			"SAT", List.of("09:00-23:00"), "SUN", List.of("09:00-23:00")));

	static HolidayYear bundled(String path, HolidayFileFormat format) {
		try (InputStream in = BusinessCalendarTests.class.getResourceAsStream("/holidays/" + path)) {
			return format.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	static final List<CalendarDay> CN_2026 = bundled("cn/2026.json", HolidayFileFormat.HOLIDAY_CN).days();
	static final List<CalendarDay> TW_2025 = bundled("tw/2025.json", HolidayFileFormat.TW_OPENDATA).days();

	static Instant at(String localDateTime, ZoneId zone) {
		return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
	}

	static BusinessCalendar office() {
		return BusinessCalendar.of(SHANGHAI, OFFICE, List.of(), CN_2026);
	}

	@Test
	void springFestival2026IsOffFromTheFifteenthToTheTwentyThirdWithTwoWorkedSaturdays() {
		BusinessCalendar office = office();
		assertThat(office.day(LocalDate.parse("2026-02-16")).type()).isEqualTo(DayType.HOLIDAY);
		assertThat(office.day(LocalDate.parse("2026-02-16")).name()).isEqualTo("春节");
		assertThat(office.day(LocalDate.parse("2026-02-23")).spans()).isEmpty();
		// 调休: the Saturdays before and after are worked, with the store's Monday hours.
		for (String saturday : List.of("2026-02-14", "2026-02-28")) {
			BusinessDay day = office.day(LocalDate.parse(saturday));
			assertThat(day.type()).isEqualTo(DayType.WORKDAY);
			assertThat(day.spans()).containsExactly(new BusinessSpan(at(saturday + "T09:00", SHANGHAI), at(saturday + "T21:00", SHANGHAI)));
		}
		assertThat(office.day(LocalDate.parse("2026-02-07")).spans()).as("an ordinary Saturday").isEmpty();
		assertThat(office.isBusinessTime(at("2026-02-14T12:00", SHANGHAI))).isTrue();
		assertThat(office.isBusinessTime(at("2026-02-18T12:00", SHANGHAI))).isFalse();
	}

	@Test
	void aDueMomentSkipsTheWholeSpringFestivalWeek() {
		BusinessCalendar office = office();
		// Friday 20:00 + 2h: one hour on Friday, one on the worked Saturday.
		assertThat(office.addBusinessTime(at("2026-02-13T20:00", SHANGHAI), Duration.ofHours(2)))
				.isEqualTo(at("2026-02-14T10:00", SHANGHAI));
		// Saturday 20:00 + 2h: one hour that evening, then nothing until Tuesday the 24th.
		assertThat(office.addBusinessTime(at("2026-02-14T20:00", SHANGHAI), Duration.ofHours(2)))
				.isEqualTo(at("2026-02-24T10:00", SHANGHAI));
		assertThat(office.businessTimeBetween(at("2026-02-14T20:00", SHANGHAI), at("2026-02-24T10:00", SHANGHAI)))
				.isEqualTo(Duration.ofHours(2));
		// Ending exactly at closing time gives closing time, not the next opening.
		assertThat(office.addBusinessTime(at("2026-02-13T20:00", SHANGHAI), Duration.ofHours(1)))
				.isEqualTo(at("2026-02-13T21:00", SHANGHAI));
		assertThat(office.nextBusinessStart(at("2026-02-15T08:00", SHANGHAI))).contains(at("2026-02-24T09:00", SHANGHAI));
	}

	@Test
	void nationalDayWeekAndItsWorkedSundayAndSaturday() {
		BusinessCalendar office = office();
		assertThat(office.day(LocalDate.parse("2026-10-01")).type()).isEqualTo(DayType.HOLIDAY);
		assertThat(office.day(LocalDate.parse("2026-10-01")).name()).isEqualTo("国庆节");
		assertThat(office.day(LocalDate.parse("2026-09-20")).type()).isEqualTo(DayType.WORKDAY);
		assertThat(office.day(LocalDate.parse("2026-10-10")).type()).isEqualTo(DayType.WORKDAY);
		assertThat(office.addBusinessTime(at("2026-09-30T20:00", SHANGHAI), Duration.ofHours(3)))
				.isEqualTo(at("2026-10-08T11:00", SHANGHAI));
		// 12 hours on the worked Saturday 10-10 count; the next plain Saturday does not.
		assertThat(office.businessTimeBetween(at("2026-10-10T00:00", SHANGHAI), at("2026-10-12T00:00", SHANGHAI)))
				.isEqualTo(Duration.ofHours(12));
		assertThat(office.businessTimeBetween(at("2026-10-17T00:00", SHANGHAI), at("2026-10-19T00:00", SHANGHAI)))
				.isZero();
	}

	@Test
	void aSevenDayMallStoreStopsOnHolidaysAndWorksAdjustedDaysWithMondayHours() {
		BusinessCalendar mall = BusinessCalendar.of(SHANGHAI, MALL, List.of(), CN_2026);
		assertThat(mall.day(LocalDate.parse("2026-02-21")).spans()).as("a Saturday inside the Spring Festival").isEmpty();
		assertThat(mall.day(LocalDate.parse("2026-02-14")).spans())
				.containsExactly(new BusinessSpan(at("2026-02-14T10:00", SHANGHAI), at("2026-02-14T22:00", SHANGHAI)));
		assertThat(mall.day(LocalDate.parse("2026-03-07")).spans()).as("an ordinary Saturday keeps its own hours")
				.containsExactly(new BusinessSpan(at("2026-03-07T09:00", SHANGHAI), at("2026-03-07T23:00", SHANGHAI)));
		assertThat(mall.businessTimeBetween(at("2026-03-07T00:00", SHANGHAI), at("2026-03-09T00:00", SHANGHAI)))
				.isEqualTo(Duration.ofHours(28));
	}

	@Test
	void aSpanAcrossMidnightBelongsToTheDayItStarts() {
		WeeklyHours night = WeeklyHours.of(Map.of("FRI", List.of("22:00-02:00")));
		BusinessCalendar bar = BusinessCalendar.of(SHANGHAI, night, List.of(), CN_2026);
		assertThat(bar.isBusinessTime(at("2026-03-07T01:00", SHANGHAI))).isTrue();
		assertThat(bar.isBusinessTime(at("2026-03-07T02:00", SHANGHAI))).isFalse();
		assertThat(bar.addBusinessTime(at("2026-03-06T21:00", SHANGHAI), Duration.ofHours(3)))
				.isEqualTo(at("2026-03-07T01:00", SHANGHAI));
		assertThat(bar.addBusinessTime(at("2026-03-07T01:30", SHANGHAI), Duration.ofHours(1)))
				.isEqualTo(at("2026-03-13T22:30", SHANGHAI));
		// Friday 1 May is Labour Day: that night is dropped whole; the worked Saturday 9 May works like the first
		// weekday the store opens (Friday), so it opens 22:00 that Saturday too.
		assertThat(bar.nextBusinessStart(at("2026-05-01T12:00", SHANGHAI))).contains(at("2026-05-08T22:00", SHANGHAI));
		assertThat(bar.day(LocalDate.parse("2026-05-09")).spans())
				.containsExactly(new BusinessSpan(at("2026-05-09T22:00", SHANGHAI), at("2026-05-10T02:00", SHANGHAI)));
		assertThat(bar.businessTimeBetween(at("2026-03-06T00:00", SHANGHAI), at("2026-03-07T00:00", SHANGHAI)))
				.as("until midnight only").isEqualTo(Duration.ofHours(2));
	}

	@Test
	void allDayIsTwentyFourHours() {
		WeeklyHours allDay = WeeklyHours.of(Map.of("MON", List.of("00:00-24:00"), "TUE", List.of("00:00-24:00")));
		BusinessCalendar calendar = BusinessCalendar.of(SHANGHAI, allDay, List.of(), List.of());
		assertThat(calendar.businessTimeBetween(at("2026-03-02T00:00", SHANGHAI), at("2026-03-05T00:00", SHANGHAI)))
				.isEqualTo(Duration.ofHours(48));
		assertThat(calendar.addBusinessTime(at("2026-03-02T23:00", SHANGHAI), Duration.ofHours(2)))
				.isEqualTo(at("2026-03-03T01:00", SHANGHAI));
	}

	@Test
	void aClosureStopsTheClock() {
		BusinessCalendar closed = BusinessCalendar.of(SHANGHAI, OFFICE,
				List.of(new StoreClosure(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-03"), "装修")), CN_2026);
		BusinessDay day = closed.day(LocalDate.parse("2026-03-02"));
		assertThat(day.type()).isEqualTo(DayType.CLOSURE);
		assertThat(day.name()).isEqualTo("装修");
		assertThat(closed.addBusinessTime(at("2026-03-02T08:00", SHANGHAI), Duration.ofHours(1)))
				.isEqualTo(at("2026-03-04T10:00", SHANGHAI));
	}

	@Test
	void businessTimeBetweenUndoesAddBusinessTime() {
		BusinessCalendar[] calendars = { office(), BusinessCalendar.of(SHANGHAI, MALL, List.of(), CN_2026),
				BusinessCalendar.of(SHANGHAI, WeeklyHours.of(Map.of("FRI", List.of("22:00-02:00"), "SAT", List.of("20:00-23:00"))),
						List.of(), CN_2026) };
		Instant start = at("2026-01-01T00:00", SHANGHAI);
		for (BusinessCalendar calendar : calendars) {
			for (int i = 0; i < 120; i++) {
				Instant from = start.plus(Duration.ofMinutes(i * 4391L));
				Duration amount = Duration.ofMinutes(17L * i + 1);
				Instant due = calendar.addBusinessTime(from, amount);
				assertThat(calendar.businessTimeBetween(from, due)).as("from %s plus %s", from, amount).isEqualTo(amount);
				assertThat(calendar.businessTimeBetween(due, from)).isEqualTo(amount.negated());
			}
		}
	}

	@Test
	void aStoreWithoutHoursGivesUpInsteadOfLoopingForever() {
		BusinessCalendar never = BusinessCalendar.of(SHANGHAI, WeeklyHours.closed(), List.of(), CN_2026);
		assertThatThrownBy(() -> never.addBusinessTime(at("2026-03-02T08:00", SHANGHAI), Duration.ofMinutes(1)))
				.isInstanceOf(NoBusinessTime.class).hasMessageContaining("400 days");
		assertThat(never.nextBusinessStart(at("2026-03-02T08:00", SHANGHAI))).isEmpty();
		assertThat(never.addBusinessTime(at("2026-03-02T08:00", SHANGHAI), Duration.ZERO)).isEqualTo(at("2026-03-02T08:00", SHANGHAI));
		assertThatThrownBy(() -> office().addBusinessTime(Instant.now(), Duration.ofMinutes(-1)))
				.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void taiwan2025MidAutumnNationalDayAndAWorkedSaturday() {
		BusinessCalendar taipei = BusinessCalendar.of(TAIPEI, OFFICE, List.of(), TW_2025);
		assertThat(taipei.day(LocalDate.parse("2025-10-06")).name()).isEqualTo("中秋節");
		assertThat(taipei.day(LocalDate.parse("2025-10-10")).name()).isEqualTo("國慶日");
		assertThat(taipei.day(LocalDate.parse("2025-10-10")).spans()).isEmpty();
		assertThat(taipei.day(LocalDate.parse("2025-02-08")).type()).isEqualTo(DayType.WORKDAY);
		assertThat(taipei.day(LocalDate.parse("2025-02-08")).name()).isEqualTo("補行上班");
		// Friday 3 Oct 20:00 + 2h: one hour that evening, Monday is 中秋節, so Tuesday 10:00 (Taipei time).
		assertThat(taipei.addBusinessTime(at("2025-10-03T20:00", TAIPEI), Duration.ofHours(2)))
				.isEqualTo(at("2025-10-07T10:00", TAIPEI));
		BusinessCalendar mall = BusinessCalendar.of(TAIPEI, MALL, List.of(), TW_2025);
		assertThat(mall.day(LocalDate.parse("2025-05-31")).name()).as("端午節 on a Saturday").isEqualTo("端午節");
		assertThat(mall.day(LocalDate.parse("2025-05-31")).spans()).isEmpty();
		assertThat(mall.day(LocalDate.parse("2025-06-07")).spans()).as("a plain Saturday").hasSize(1);
	}

	@Test
	void alwaysOnCountsEveryMinute() {
		BusinessCalendar p1 = BusinessCalendar.alwaysOn(SHANGHAI);
		Instant newYear = at("2026-02-16T03:00", SHANGHAI);
		assertThat(p1.addBusinessTime(newYear, Duration.ofHours(4))).isEqualTo(at("2026-02-16T07:00", SHANGHAI));
		assertThat(p1.businessTimeBetween(newYear, at("2026-02-17T03:00", SHANGHAI))).isEqualTo(Duration.ofHours(24));
		assertThat(p1.isBusinessTime(newYear)).isTrue();
		assertThat(p1.nextBusinessStart(newYear)).contains(newYear);
		assertThat(p1.day(LocalDate.parse("2026-02-16")).type()).isEqualTo(DayType.ALWAYS);
	}
}
