package com.chaindesk.org;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WeeklyHoursTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	/** 2026-11-20 is a Friday. */
	private static ZonedDateTime at(int day, int hour, int minute) {
		return ZonedDateTime.of(LocalDateTime.of(2026, 11, day, hour, minute), SHANGHAI);
	}

	private static Map<String, List<String>> days(Object... dayThenSpans) {
		Map<String, List<String>> out = new LinkedHashMap<>();
		for (int i = 0; i < dayThenSpans.length; i += 2) {
			out.put((String) dayThenSpans[i], List.of(((String) dayThenSpans[i + 1]).split(" ")));
		}
		return out;
	}

	private static List<String> fieldsRefused(Map<String, List<String>> hours) {
		try {
			WeeklyHours.of(hours);
			throw new AssertionError("accepted " + hours);
		}
		catch (RuleBroken e) {
			return e.breaches().stream().map(Breach::field).toList();
		}
	}

	@Test
	void aSpanPastMidnightKeepsTheStoreOpenEarlyNextMorning() {
		WeeklyHours hours = WeeklyHours.of(days("FRI", "18:00-02:00"));
		assertThat(hours.isOpenAt(at(20, 23, 30))).isTrue();
		assertThat(hours.isOpenAt(at(21, 1, 59))).as("Saturday 01:59").isTrue();
		assertThat(hours.isOpenAt(at(21, 2, 0))).as("Saturday 02:00").isFalse();
		assertThat(hours.isOpenAt(at(20, 17, 59))).isFalse();
		assertThat(hours.isOpenAt(at(19, 23, 30))).as("Thursday night").isFalse();
	}

	@Test
	void sundayNightRunsIntoMonday() {
		WeeklyHours hours = WeeklyHours.of(days("SUN", "22:00-03:00"));
		assertThat(hours.isOpenAt(at(23, 2, 30))).as("Monday 02:30").isTrue();
		assertThat(hours.isOpenAt(at(22, 22, 0))).as("Sunday 22:00").isTrue();
		assertThat(hours.isOpenAt(at(23, 3, 0))).isFalse();
	}

	@Test
	void allDayIsOpenEveryMinute() {
		WeeklyHours hours = WeeklyHours.of(days("MON", "00:00-24:00", "TUE", "00:00-24:00"));
		assertThat(hours.isOpenAt(at(23, 0, 0))).isTrue();
		assertThat(hours.isOpenAt(at(23, 23, 59))).isTrue();
		assertThat(hours.isOpenAt(at(24, 12, 0))).isTrue();
		assertThat(hours.isOpenAt(at(25, 0, 0))).as("Wednesday").isFalse();
		assertThat(hours.on(java.time.DayOfWeek.MONDAY)).containsExactly("00:00-24:00");
	}

	@Test
	void outputHasAllSevenDaysInOrder() {
		WeeklyHours hours = WeeklyHours.of(days("WED", "09:00-21:00"));
		assertThat(hours.byDay().keySet()).containsExactly("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
		assertThat(hours.byDay().get("MON")).isEmpty();
		assertThat(hours.byDay().get("WED")).containsExactly("09:00-21:00");
	}

	@Test
	void overlappingSpansAreRefusedOnTheSameDayAndAcrossMidnight() {
		assertThat(fieldsRefused(days("MON", "09:00-12:00 11:00-14:00"))).containsExactly("openingHours.MON");
		assertThat(fieldsRefused(days("FRI", "20:00-02:00", "SAT", "01:00-09:00"))).containsExactly("openingHours.SAT");
		assertThat(fieldsRefused(days("SUN", "22:00-02:00", "MON", "00:00-24:00"))).hasSize(1);
	}

	@Test
	void touchingSpansAreFine() {
		WeeklyHours hours = WeeklyHours.of(days("MON", "09:00-12:00 12:00-14:00", "TUE", "00:00-24:00", "WED", "00:00-24:00"));
		assertThat(hours.isOpenAt(at(23, 12, 0))).isTrue();
	}

	@Test
	void malformedAndEmptySpansAreRefusedNamingTheSpan() {
		assertThat(fieldsRefused(days("MON", "9-21"))).containsExactly("openingHours.MON[0]");
		assertThat(fieldsRefused(days("TUE", "09:00-21:00 25:00-26:00"))).containsExactly("openingHours.TUE[1]");
		assertThat(fieldsRefused(days("WED", "09:60-21:00"))).containsExactly("openingHours.WED[0]");
		assertThat(fieldsRefused(days("THU", "24:00-02:00"))).containsExactly("openingHours.THU[0]");
		assertThat(fieldsRefused(days("FRI", "09:00-09:00"))).containsExactly("openingHours.FRI[0]");
		assertThat(fieldsRefused(days("HOLIDAY", "09:00-18:00"))).containsExactly("openingHours.HOLIDAY");
	}

	@Test
	void whatAPersonTypesIsSplitIntoSpans() {
		assertThat(WeeklyHours.splitDay("09:00-12:00, 13:00-21:00")).containsExactly("09:00-12:00", "13:00-21:00");
		assertThat(WeeklyHours.splitDay("10:00-14:00；17:00-22:00")).containsExactly("10:00-14:00", "17:00-22:00");
		assertThat(WeeklyHours.splitDay("  ")).isEmpty();
	}

	@Test
	void midnightAsEndMeansUntilMidnight() {
		WeeklyHours hours = WeeklyHours.of(days("MON", "22:00-00:00"));
		assertThat(hours.on(java.time.DayOfWeek.MONDAY)).containsExactly("22:00-24:00");
		assertThat(hours.isOpenAt(at(23, 23, 59))).isTrue();
		assertThat(hours.isOpenAt(at(24, 0, 0))).isFalse();
	}

	@Test
	void missingHoursAreRequired() {
		assertThatThrownBy(() -> WeeklyHours.of(null)).isInstanceOf(RuleBroken.class);
	}
}
