/**
 * Service levels: business calendars per store (weekly hours from org, public holidays and adjusted working days per
 * holiday calendar, store closures) on which the SLA clocks run. Clocks and policies come later.
 */
@org.springframework.modulith.ApplicationModule(displayName = "SLA", allowedDependencies = { "platform", "audit", "org",
		"config" })
package com.chaindesk.sla;
