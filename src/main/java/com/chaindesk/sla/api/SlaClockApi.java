package com.chaindesk.sla.api;

import com.chaindesk.sla.clock.ClockReadings;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A ticket's SLA clocks for whoever may see the ticket. */
@RestController
@RequestMapping("/api/v1/sla/tickets")
class SlaClockApi {

	private final ClockReadings readings;

	SlaClockApi(ClockReadings readings) {
		this.readings = readings;
	}

	@GetMapping("/{id}")
	ClockReadings.TicketClocks clocks(@PathVariable long id) {
		return readings.ofTicket(id);
	}
}
