package com.chaindesk.sla.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.chaindesk.platform.InvalidInput;
import com.chaindesk.sla.BusinessCalendars;
import com.chaindesk.sla.BusinessDay;
import com.chaindesk.sla.CalendarDay;
import com.chaindesk.sla.HolidayCalendars;
import com.chaindesk.sla.HolidayYear;
import com.chaindesk.sla.StoreCalendarView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Holiday calendars and stores' business days under /api/v1/sla. */
@RestController
@RequestMapping("/api/v1/sla")
class SlaCalendarApi {

	record CalendarJson(String code, Map<String, String> name, List<Integer> years) {
	}

	record DayJson(LocalDate date, String kind, String name) {
		static DayJson of(CalendarDay day) {
			return new DayJson(day.date(), day.kind().name(), day.name());
		}
	}

	record DayBody(String kind, String name) {
	}

	record ImportJson(String calendar, int year, long holidays, long workdays) {
	}

	record SpanJson(LocalTime start, LocalTime end, boolean endsNextDay) {
	}

	record BusinessDayJson(LocalDate date, String type, String name, List<SpanJson> spans) {
		static BusinessDayJson of(BusinessDay day, ZoneId zone) {
			return new BusinessDayJson(day.date(), day.type().name(), day.name(), day.spans().stream().map(span -> {
				var start = span.start().atZone(zone);
				var end = span.end().atZone(zone);
				return new SpanJson(start.toLocalTime(), end.toLocalTime(), end.toLocalDate().isAfter(day.date()));
			}).toList());
		}
	}

	record StoreCalendarJson(long storeId, String storeCode, String timeZone, String holidayCalendar,
			List<BusinessDayJson> days) {
	}

	private final HolidayCalendars calendars;
	private final BusinessCalendars business;

	SlaCalendarApi(HolidayCalendars calendars, BusinessCalendars business) {
		this.calendars = calendars;
		this.business = business;
	}

	@GetMapping("/calendars")
	List<CalendarJson> calendars() {
		return calendars.calendars().stream().map(c -> new CalendarJson(c.code(), c.names(), c.years())).toList();
	}

	@GetMapping("/calendars/{code}/days")
	List<DayJson> days(@PathVariable String code, @RequestParam int year) {
		return calendars.days(code, year).stream().map(DayJson::of).toList();
	}

	@PostMapping("/calendars/{code}/import")
	ImportJson importYear(@PathVariable String code, @RequestParam(required = false) String format,
			@RequestBody(required = false) String body) {
		if (format == null) {
			throw new InvalidInput("format", "required: one of [holiday-cn, tw-opendata]");
		}
		HolidayYear year = calendars.importYear(code, format, body);
		return new ImportJson(code.toUpperCase(java.util.Locale.ROOT), year.year(), year.holidays(), year.workdays());
	}

	@PutMapping("/calendars/{code}/days/{date}")
	DayJson putDay(@PathVariable String code, @PathVariable LocalDate date, @RequestBody DayBody body) {
		return DayJson.of(calendars.putDay(code, date, body.kind(), body.name()));
	}

	@DeleteMapping("/calendars/{code}/days/{date}")
	ResponseEntity<Void> removeDay(@PathVariable String code, @PathVariable LocalDate date) {
		calendars.removeDay(code, date);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/stores/{id}/calendar")
	StoreCalendarJson storeCalendar(@PathVariable long id, @RequestParam(required = false) LocalDate from,
			@RequestParam(defaultValue = "7") int days) {
		StoreCalendarView view = business.daysOf(id, from, days);
		ZoneId zone = ZoneId.of(view.timeZone());
		return new StoreCalendarJson(view.storeId(), view.storeCode(), view.timeZone(), view.calendarCode(),
				view.days().stream().map(d -> BusinessDayJson.of(d, zone)).toList());
	}
}
