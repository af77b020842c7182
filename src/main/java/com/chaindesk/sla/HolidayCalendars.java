package com.chaindesk.sla;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.chaindesk.audit.AuditEvent;
import com.chaindesk.audit.AuditTrail;
import com.chaindesk.platform.ClusterSignals;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.FieldProblem;
import com.chaindesk.platform.InvalidInput;
import com.chaindesk.platform.NotFound;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.OutsideScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chain's holiday calendars: read them, import a year from a file (all or nothing), add or remove single days.
 * Every change is audited and makes every instance forget the days it remembered.
 */
@Service
public class HolidayCalendars {

	public static final int FIRST_YEAR = 2000;
	public static final int LAST_YEAR = 2100;
	static final String CHANNEL = "chaindesk_sla_calendar";

	private final HolidayCalendarRows rows;
	private final HolidayCalendarAccess access;
	private final AuditTrail audit;
	private final ClusterSignals signals;
	private final Map<CalendarCode, Map<LocalDate, CalendarDay>> remembered = new ConcurrentHashMap<>();

	HolidayCalendars(HolidayCalendarRows rows, HolidayCalendarAccess access, AuditTrail audit, ClusterSignals signals) {
		this.rows = rows;
		this.access = access;
		this.audit = audit;
		this.signals = signals;
		signals.listen(CHANNEL, payload -> remembered.clear());
	}

	public List<HolidayCalendarView> calendars() {
		return rows.calendars();
	}

	public HolidayCalendarView calendar(String code) {
		CalendarCode known = code(code);
		return rows.calendars().stream().filter(c -> c.code().equals(known.name())).findFirst()
				.orElseThrow(() -> new NotFound("holiday calendar", code));
	}

	/** The listed days of one year, in date order. */
	public List<CalendarDay> days(String code, int year) {
		checkYear("year", year);
		return rows.days(code(code), year);
	}

	/**
	 * Every listed day of a calendar by date, remembered until any instance changes it: every SLA clock that starts,
	 * stops or fires builds its store's calendar from them.
	 */
	Map<LocalDate, CalendarDay> daysByDate(CalendarCode code) {
		return remembered.computeIfAbsent(code, c -> StoreBusinessCalendar.byDate(rows.days(c)));
	}

	public boolean mayImport() {
		return access.mayImport(CurrentActor.get());
	}

	public boolean mayEditDays(String code) {
		return access.mayEditDays(CurrentActor.get(), code(code));
	}

	/**
	 * Replaces one year of a calendar with a file's days, all or nothing.
	 *
	 * @param format {@code holiday-cn} or {@code tw-opendata}
	 * @throws InvalidInput naming the format or every bad entry of the file
	 * @throws OutsideScope unless the HQ admin imports
	 */
	@Transactional
	public HolidayYear importYear(String code, String format, String text) {
		CalendarCode calendar = code(code);
		if (!access.mayImport(CurrentActor.get())) {
			throw new OutsideScope("Only the HQ admin imports holiday calendars");
		}
		HolidayFileFormat fileFormat = HolidayFileFormat.find(format)
				.orElseThrow(() -> new InvalidInput("format", "one of " + HolidayFileFormat.codes()));
		return importYear(calendar, fileFormat, text, fileFormat.code());
	}

	/** The same import, for the bundled files at start-up (run as the system). */
	@Transactional
	HolidayYear importYear(CalendarCode calendar, HolidayFileFormat format, String text, String source) {
		HolidayYear year = format.read(text);
		if (year.days().isEmpty()) {
			throw new InvalidInput("days", "the file lists no holidays");
		}
		checkYear("year", year.year());
		Map<String, Object> before = summary(rows.days(calendar, year.year()));
		rows.replaceYear(calendar, year, source);
		audit.record(new AuditEvent("sla.calendar.imported", "holiday-calendar", calendar + ":" + year.year(),
				OrgScope.hq(), before, summary(year.days())));
		signals.send(CHANNEL, calendar.name());
		return year;
	}

	@Transactional
	public CalendarDay putDay(String code, LocalDate date, String kind, String name) {
		CalendarCode calendar = code(code);
		mayEdit(calendar);
		List<FieldProblem> problems = new java.util.ArrayList<>();
		DayKind dayKind = null;
		if (kind == null || kind.isBlank()) {
			problems.add(new FieldProblem("kind", "required: HOLIDAY or WORKDAY"));
		}
		else {
			try {
				dayKind = DayKind.valueOf(kind.strip());
			}
			catch (IllegalArgumentException e) {
				problems.add(new FieldProblem("kind", "one of [HOLIDAY, WORKDAY]"));
			}
		}
		if (name == null || name.isBlank()) {
			problems.add(new FieldProblem("name", "required"));
		}
		else if (name.strip().length() > CalendarDay.MAX_NAME_LENGTH) {
			problems.add(new FieldProblem("name", "at most " + CalendarDay.MAX_NAME_LENGTH + " characters"));
		}
		if (date == null) {
			problems.add(new FieldProblem("date", "required"));
		}
		else if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
			problems.add(new FieldProblem("date", "between " + FIRST_YEAR + " and " + LAST_YEAR));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		CalendarDay day = new CalendarDay(date, dayKind, name);
		Optional<CalendarDay> before = rows.day(calendar, date);
		rows.put(calendar, day);
		audit.record(new AuditEvent("sla.calendar-day.saved", "holiday-calendar", calendar + ":" + date, OrgScope.hq(),
				before.map(HolidayCalendars::shown).orElse(null), shown(day)));
		signals.send(CHANNEL, calendar.name());
		return day;
	}

	@Transactional
	public void removeDay(String code, LocalDate date) {
		CalendarCode calendar = code(code);
		mayEdit(calendar);
		CalendarDay before = rows.day(calendar, date).orElseThrow(() -> new NotFound("calendar day", calendar + ":" + date));
		rows.remove(calendar, date);
		audit.record(new AuditEvent("sla.calendar-day.removed", "holiday-calendar", calendar + ":" + date, OrgScope.hq(),
				shown(before), null));
		signals.send(CHANNEL, calendar.name());
	}

	boolean hasYear(CalendarCode code, int year) {
		return rows.hasYear(code, year);
	}

	private void mayEdit(CalendarCode calendar) {
		if (!access.mayEditDays(CurrentActor.get(), calendar)) {
			throw new OutsideScope("Not allowed to change the " + calendar + " holiday calendar");
		}
	}

	static CalendarCode code(String code) {
		return CalendarCode.find(code).orElseThrow(() -> new NotFound("holiday calendar", code));
	}

	private static void checkYear(String field, int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new InvalidInput(field, "between " + FIRST_YEAR + " and " + LAST_YEAR);
		}
	}

	private static Map<String, Object> shown(CalendarDay day) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("date", day.date().toString());
		out.put("kind", day.kind().name());
		out.put("name", day.name());
		return out;
	}

	private static Map<String, Object> summary(List<CalendarDay> days) {
		return Map.of("days", days.size(),
				"holidays", days.stream().filter(d -> d.kind() == DayKind.HOLIDAY).count(),
				"workdays", days.stream().filter(d -> d.kind() == DayKind.WORKDAY).count());
	}
}
