package com.chaindesk.sla;

import java.time.LocalDate;

import com.chaindesk.platform.FieldProblem;
import com.chaindesk.platform.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class HolidayFileTests {

	@Test
	void holidayCnMarksWorkedWeekends() {
		HolidayYear year = BusinessCalendarTests.bundled("cn/2026.json", HolidayFileFormat.HOLIDAY_CN);
		assertThat(year.year()).isEqualTo(2026);
		assertThat(year.days()).contains(new CalendarDay(LocalDate.parse("2026-02-14"), DayKind.WORKDAY, "春节"),
				new CalendarDay(LocalDate.parse("2026-10-01"), DayKind.HOLIDAY, "国庆节"));
		assertThat(year.workdays()).isEqualTo(6);
	}

	@Test
	void taiwanKeepsOnlyWhatDiffersFromAnOrdinaryWeek() {
		HolidayYear year = BusinessCalendarTests.bundled("tw/2025.json", HolidayFileFormat.TW_OPENDATA);
		assertThat(year.year()).isEqualTo(2025);
		assertThat(year.days()).hasSizeLessThan(30)
				.contains(new CalendarDay(LocalDate.parse("2025-10-10"), DayKind.HOLIDAY, "國慶日"),
						new CalendarDay(LocalDate.parse("2025-02-08"), DayKind.WORKDAY, "補行上班"));
	}

	@Test
	void everyBadEntryIsNamed() {
		InvalidInput e = catchThrowableOfType(InvalidInput.class, () -> HolidayFileFormat.HOLIDAY_CN.read("""
				{"year": 2030, "days": [
				  {"name": "元旦", "date": "2030-01-01", "isOffDay": true},
				  {"name": "春节", "date": "2030-02-30", "isOffDay": true},
				  {"name": "春节", "date": "2030-02-03", "isOffDay": "yes"},
				  {"name": "国庆节", "date": "2031-10-01", "isOffDay": true},
				  {"name": "元旦", "date": "2030-01-01", "isOffDay": true}
				]}"""));
		assertThat(e.problems()).extracting(FieldProblem::field)
				.containsExactly("days[1].date", "days[2].isOffDay", "days[3].date", "days[4].date");
		assertThat(e.problems().getFirst().message()).contains("2030-02-30");
		InvalidInput tw = catchThrowableOfType(InvalidInput.class,
				() -> HolidayFileFormat.TW_OPENDATA.read("[{\"date\": \"20300101\", \"isHoliday\": true, \"description\": \"開國紀念日\"}, {\"date\": \"2030-01-02\", \"isHoliday\": false}]"));
		assertThat(tw.problems()).extracting(FieldProblem::field).containsExactly("[1].date");
		InvalidInput notJson = catchThrowableOfType(InvalidInput.class, () -> HolidayFileFormat.HOLIDAY_CN.read("{\n\"year\": 2030,\n  days"));
		assertThat(notJson.problems().getFirst().message()).contains("line 3");
	}
}
