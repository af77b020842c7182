package com.chaindesk.ticket.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.chaindesk.ticket.TicketSla;

/**
 * What a list shows of a ticket's SLA: time left (or over) to the due moment that counts, and that moment on the
 * store's clock. {@code key} is a message key taking hours and minutes as arguments.
 *
 * @param tone Bootstrap colour: danger once late, warning within the hour, secondary when paused or settled
 */
record Countdown(String key, long hours, long minutes, String tone, String dueLocal) {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("MM-dd HH:mm");

	static Countdown of(TicketSla sla, Instant now, ZoneId storeZone) {
		if (sla == null || !sla.known()) {
			return new Countdown("ticket.sla.none", 0, 0, "secondary", null);
		}
		if (sla.dueAt() == null) {
			return switch (sla.state()) {
				case "PAUSED" -> new Countdown("ticket.sla.paused", 0, 0, "secondary", null);
				case "BREACHED" -> new Countdown("ticket.sla.breached", 0, 0, "danger", null);
				default -> new Countdown("ticket.sla.met", 0, 0, "success", null);
			};
		}
		Duration left = Duration.between(now, sla.dueAt());
		boolean late = left.isNegative();
		Duration size = left.abs();
		long hours = size.toHours();
		long minutes = size.toMinutesPart();
		String key = "ticket.sla." + (late ? "late" : "left") + (hours == 0 ? ".m" : hours >= 48 ? ".d" : ".hm");
		String tone = late ? "danger" : left.compareTo(Duration.ofHours(1)) <= 0 ? "warning" : "success";
		return new Countdown(key, hours >= 48 ? hours / 24 : hours, minutes, tone,
				LOCAL.format(sla.dueAt().atZone(storeZone)));
	}
}
