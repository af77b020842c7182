package com.chaindesk.sla;

import com.chaindesk.config.Settings;
import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.RegionRef;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.Role;
import org.springframework.stereotype.Component;

/**
 * Who may change holiday calendars, the one place this rule lives.
 * <ul>
 * <li>Everyone signed in reads them: public holidays are public.</li>
 * <li>Importing a year (a file replaces the year whole) is the HQ admin's.</li>
 * <li>Adding or removing single days: the HQ admin any calendar; a region manager only the calendar their region
 * follows, and only when no other region follows it (TW, HK). A mainland region editing CN would move every mainland
 * store's clocks, so that stays with HQ.</li>
 * </ul>
 */
@Component
class HolidayCalendarAccess {

	private final Settings settings;
	private final OrgDirectory org;

	HolidayCalendarAccess(Settings settings, OrgDirectory org) {
		this.settings = settings;
		this.org = org;
	}

	boolean mayImport(Actor actor) {
		return isHqAdmin(actor);
	}

	boolean mayEditDays(Actor actor, CalendarCode code) {
		if (isHqAdmin(actor)) {
			return true;
		}
		OrgScope scope = actor.scope();
		if (!actor.has(Role.REGION_MANAGER) || scope.level() != OrgScope.Level.REGION) {
			return false;
		}
		for (RegionRef region : org.regions()) {
			boolean follows = code.name().equals(settings.effective(SlaSettings.HOLIDAY_CALENDAR, OrgScope.region(region.id())));
			if (region.id() == scope.regionId() ? !follows : follows) {
				return false;
			}
		}
		return true;
	}

	private static boolean isHqAdmin(Actor actor) {
		return actor.has(Role.HQ_ADMIN) && actor.scope().isHq();
	}
}
