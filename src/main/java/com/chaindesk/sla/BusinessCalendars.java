package com.chaindesk.sla;

import java.time.LocalDate;
import java.time.ZoneId;

import com.chaindesk.config.Settings;
import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.StoreCalendarRef;
import com.chaindesk.org.StoreQueries;
import com.chaindesk.org.StoreView;
import com.chaindesk.platform.InvalidInput;
import com.chaindesk.platform.NotFound;
import com.chaindesk.platform.OrgScope;
import org.springframework.stereotype.Service;

/**
 * Builds a store's {@link BusinessCalendar}: its zone, weekly hours and closures from org, the holiday calendar its
 * region follows (setting {@code sla.holiday-calendar}) and that calendar's days.
 */
@Service
public class BusinessCalendars {

	public static final int MAX_DAYS_SHOWN = 62;

	private final OrgDirectory org;
	private final StoreQueries stores;
	private final Settings settings;
	private final HolidayCalendars holidays;

	BusinessCalendars(OrgDirectory org, StoreQueries stores, Settings settings, HolidayCalendars holidays) {
		this.org = org;
		this.stores = stores;
		this.settings = settings;
		this.holidays = holidays;
	}

	/**
	 * The store's business calendar, regardless of who asks (SLA clocks run for every store).
	 *
	 * @throws NotFound when there is no such store
	 */
	public BusinessCalendar forStore(long storeId) {
		StoreCalendarRef store = org.calendarOf(storeId).orElseThrow(() -> new NotFound("store", storeId));
		CalendarCode code = calendarCodeOf(store.storeId(), store.regionId());
		return new StoreBusinessCalendar(ZoneId.of(store.timeZone()), store.hours(), store.closures(), holidays.daysByDate(code));
	}

	/** 24×7 in the store's zone: for P1 incidents. */
	public BusinessCalendar alwaysOn(long storeId) {
		StoreCalendarRef store = org.calendarOf(storeId).orElseThrow(() -> new NotFound("store", storeId));
		return BusinessCalendar.alwaysOn(ZoneId.of(store.timeZone()));
	}

	/**
	 * A store's business days from a date, for a person who may see the store.
	 *
	 * @throws NotFound when there is no such store or it is outside the reader's scope (as for stores)
	 */
	public StoreCalendarView daysOf(long storeId, LocalDate from, int days) {
		if (days < 1 || days > MAX_DAYS_SHOWN) {
			throw new InvalidInput("days", "between 1 and " + MAX_DAYS_SHOWN);
		}
		StoreView store = stores.find(storeId);
		CalendarCode code = calendarCodeOf(store.id(), store.regionId());
		BusinessCalendar calendar = forStore(storeId);
		LocalDate start = from != null ? from : LocalDate.now(calendar.zone());
		return new StoreCalendarView(store.id(), store.code(), store.timeZone(), code.name(), calendar.days(start, days));
	}

	private CalendarCode calendarCodeOf(long storeId, long regionId) {
		return CalendarCode.valueOf(settings.effective(SlaSettings.HOLIDAY_CALENDAR, OrgScope.store(storeId, regionId)));
	}
}
