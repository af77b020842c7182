/**
 * Service levels: business calendars per store (weekly hours from org, public holidays and adjusted working days per
 * holiday calendar, store closures) on which the SLA clocks run. SLA policies (setting sla.policies) start response and resolution clocks from ticket events; db-scheduler timers warn at 75 % and
 * mark breaches, publishing {@link com.chaindesk.sla.SlaWarning} and {@link com.chaindesk.sla.SlaBreached}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "SLA", allowedDependencies = { "platform", "audit", "org",
		"config", "ticket", "identity" })
package com.chaindesk.sla;
