package com.chaindesk.sla;

import java.util.List;

import com.chaindesk.config.SettingDefinition;
import com.chaindesk.config.SettingLevel;
import com.chaindesk.platform.FieldProblem;
import com.chaindesk.ticket.Priority;
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

	/**
	 * Response and resolution targets by priority × category prefix × store size class; HQ defaults, regions may
	 * override. Business minutes on the store's calendar (P1: every minute).
	 */
	public static final SettingDefinition<List<SlaRule>> POLICIES = SettingDefinition
			.builder("sla.policies", "sla-policies", new TypeReference<List<SlaRule>>() {
			})
			.defaultValue(List.of(
					new SlaRule(Priority.P1, null, null, 15, 4 * 60),
					new SlaRule(Priority.P2, null, null, 30, 8 * 60),
					new SlaRule(Priority.P3, null, null, 2 * 60, 2 * 8 * 60),
					new SlaRule(Priority.P4, null, null, 8 * 60, 5 * 8 * 60)))
			.rules(SlaPolicyChoice::problems)
			.lowestOverride(SettingLevel.REGION)
			.build();

	/**
	 * Vendor contracts' SLA per vendor code and priority, in minutes, 24×7 or on the store's hours. A ticket handed to
	 * a vendor runs vendor clocks on these targets; a vendor without a line for the ticket's priority runs none. HQ only:
	 * contracts are signed by HQ.
	 */
	public static final SettingDefinition<List<VendorSlaTerm>> VENDOR_CONTRACTS = SettingDefinition
			.builder("sla.vendor-contracts", "vendor-sla-contracts", new TypeReference<List<VendorSlaTerm>>() {
			})
			.defaultValue(List.of())
			.rules(VendorSlaTerm::problems)
			.lowestOverride(SettingLevel.HQ)
			.build();

	/** What happens on an SLA warning and breach: notes, escalation, telling the region manager. */
	public static final SettingDefinition<BreachActions> BREACH_ACTIONS = SettingDefinition
			.builder("sla.breach-actions", "sla-breach-actions", new TypeReference<BreachActions>() {
			})
			.defaultValue(BreachActions.ALL)
			.rules(actions -> actions == null ? List.of(new FieldProblem("", "required")) : List.of())
			.lowestOverride(SettingLevel.REGION)
			.build();

	private SlaSettings() {
	}
}
