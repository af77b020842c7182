package com.chaindesk.demo;

import com.chaindesk.config.SettingChanges;
import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.RegionRef;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.sla.CalendarCode;
import com.chaindesk.sla.SlaSettings;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.StringNode;

/** Taiwan's and Hong Kong's stores follow their own public holidays; the mainland regions keep HQ's CN. */
@Component
class DemoHolidayCalendars implements DemoStep {

	private final SettingChanges changes;
	private final OrgDirectory org;

	DemoHolidayCalendars(SettingChanges changes, OrgDirectory org) {
		this.changes = changes;
		this.org = org;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public void load() {
		for (RegionRef region : org.regions()) {
			CalendarCode.find(region.code()).filter(code -> code != CalendarCode.CN).ifPresent(code -> changes
					.set(SlaSettings.HOLIDAY_CALENDAR.key(), OrgScope.region(region.id()), StringNode.valueOf(code.name()), null));
		}
	}
}
