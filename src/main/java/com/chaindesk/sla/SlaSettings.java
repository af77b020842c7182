package com.chaindesk.sla;

import java.util.List;

import com.chaindesk.config.SettingDefinition;
import com.chaindesk.config.SettingLevel;
import com.chaindesk.platform.FieldProblem;
import tools.jackson.core.type.TypeReference;

/** The settings the SLA module declares. */
public final class SlaSettings {

	/** Which holiday calendar a region's stores follow: CN (default), TW or HK. Set per region, not per store. */
	public static final SettingDefinition<String> HOLIDAY_CALENDAR = SettingDefinition
			.builder("sla.holiday-calendar", "holiday-calendar", new TypeReference<String>() {
			})
			.defaultValue(CalendarCode.CN.name())
			.rules(code -> CalendarCode.NAMES.contains(code) ? List.of()
					: List.of(new FieldProblem("", "one of " + CalendarCode.NAMES)))
			.lowestOverride(SettingLevel.REGION)
			.build();

	private SlaSettings() {
	}
}
