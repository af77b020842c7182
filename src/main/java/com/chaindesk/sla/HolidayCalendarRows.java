package com.chaindesk.sla;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The rows of {@code sla.holiday_calendar}, {@code sla.calendar_day} and {@code sla.calendar_year}. */
@Repository
class HolidayCalendarRows {

	private static final TypeReference<Map<String, String>> NAMES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;

	HolidayCalendarRows(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<HolidayCalendarView> calendars() {
		return jdbc.sql("""
				select c.code, c.names::text as names,
				       array(select y from (select year as y from sla.calendar_year where calendar_code = c.code
				                            union select extract(year from day)::int from sla.calendar_day where calendar_code = c.code) t
				             order by y) as years
				from sla.holiday_calendar c order by case c.code when 'CN' then 1 when 'TW' then 2 else 3 end""")
				.query((rs, row) -> new HolidayCalendarView(rs.getString("code"), json.readValue(rs.getString("names"), NAMES),
						List.of((Integer[]) rs.getArray("years").getArray())))
				.list();
	}

	List<CalendarDay> days(CalendarCode code) {
		return jdbc.sql("select day, kind, name from sla.calendar_day where calendar_code = ? order by day")
				.param(code.name()).query((rs, row) -> new CalendarDay(rs.getObject("day", LocalDate.class),
						DayKind.valueOf(rs.getString("kind")), rs.getString("name")))
				.list();
	}

	List<CalendarDay> days(CalendarCode code, int year) {
		return jdbc.sql("""
				select day, kind, name from sla.calendar_day
				where calendar_code = ? and day >= make_date(?, 1, 1) and day < make_date(? + 1, 1, 1) order by day""")
				.params(code.name(), year, year).query((rs, row) -> new CalendarDay(rs.getObject("day", LocalDate.class),
						DayKind.valueOf(rs.getString("kind")), rs.getString("name")))
				.list();
	}

	Optional<CalendarDay> day(CalendarCode code, LocalDate date) {
		return jdbc.sql("select day, kind, name from sla.calendar_day where calendar_code = ? and day = ?")
				.params(code.name(), date).query((rs, row) -> new CalendarDay(rs.getObject("day", LocalDate.class),
						DayKind.valueOf(rs.getString("kind")), rs.getString("name")))
				.optional();
	}

	boolean hasYear(CalendarCode code, int year) {
		return jdbc.sql("select exists (select 1 from sla.calendar_year where calendar_code = ? and year = ?)")
				.params(code.name(), year).query(Boolean.class).single();
	}

	/** Replaces a year's days whole and remembers where they came from. */
	void replaceYear(CalendarCode code, HolidayYear year, String source) {
		jdbc.sql("delete from sla.calendar_day where calendar_code = ? and day >= make_date(?, 1, 1) and day < make_date(? + 1, 1, 1)")
				.params(code.name(), year.year(), year.year()).update();
		for (CalendarDay day : year.days()) {
			insert(code, day);
		}
		jdbc.sql("""
				insert into sla.calendar_year (calendar_code, year, source) values (?, ?, ?)
				on conflict (calendar_code, year) do update set source = excluded.source, imported_at = now()""")
				.params(code.name(), year.year(), source).update();
	}

	void put(CalendarCode code, CalendarDay day) {
		jdbc.sql("delete from sla.calendar_day where calendar_code = ? and day = ?").params(code.name(), day.date()).update();
		insert(code, day);
	}

	boolean remove(CalendarCode code, LocalDate date) {
		return jdbc.sql("delete from sla.calendar_day where calendar_code = ? and day = ?").params(code.name(), date).update() > 0;
	}

	private void insert(CalendarCode code, CalendarDay day) {
		jdbc.sql("insert into sla.calendar_day (calendar_code, day, kind, name) values (?, ?, ?, ?)")
				.params(code.name(), day.date(), day.kind().name(), day.name()).update();
	}
}
