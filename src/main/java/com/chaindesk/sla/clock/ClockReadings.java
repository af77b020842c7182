package com.chaindesk.sla.clock;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import com.chaindesk.sla.BusinessCalendar;
import com.chaindesk.sla.BusinessCalendars;
import com.chaindesk.ticket.TicketQueries;
import com.chaindesk.ticket.TicketSlaSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a ticket's clocks: for people (scope-checked through the ticket) and for the ticket's own JSON. */
@Service
@Transactional(readOnly = true)
public class ClockReadings implements TicketSlaSource {

	private final ClockRows rows;
	private final TicketQueries tickets;
	private final BusinessCalendars calendars;

	ClockReadings(ClockRows rows, TicketQueries tickets, BusinessCalendars calendars) {
		this.rows = rows;
		this.tickets = tickets;
		this.calendars = calendars;
	}

	/** @throws com.chaindesk.platform.NotFound when the ticket does not exist or the reader may not see it */
	public TicketClocks ofTicket(long ticketId) {
		var ticket = tickets.find(ticketId);
		Instant now = Instant.now();
		BusinessCalendar storeCalendar = calendars.forStore(ticket.storeId());
		List<Reading> clocks = rows.ofTicket(ticketId).stream().map(c -> {
			BusinessCalendar calendar = c.alwaysOn() ? calendars.alwaysOn(c.storeId()) : storeCalendar;
			Duration remaining = c.remaining(now, calendar);
			return new Reading(c.kind(), c.state(), c.targetMinutes(), c.alwaysOn(), c.startedAt(), c.dueAt(),
					c.dueAt() == null ? null : LocalDateTime.ofInstant(c.dueAt(), calendar.zone()), c.pausedAt(),
					c.stoppedAt(), remaining == null ? null : remaining.toMinutes(), c.warned());
		}).toList();
		return new TicketClocks(ticketId, storeCalendar.zone().getId(), clocks);
	}

	/** The ticket module has checked the reader's scope already. */
	@Override
	public List<ClockReading> readings(long ticketId) {
		Instant now = Instant.now();
		return rows.ofTicket(ticketId).stream().sorted(java.util.Comparator.comparing(SlaClock::kind)).map(c -> {
			BusinessCalendar calendar = c.alwaysOn() ? calendars.alwaysOn(c.storeId()) : calendars.forStore(c.storeId());
			Duration remaining = c.remaining(now, calendar);
			long target = c.targetMinutes();
			long used = usedMinutes(c, remaining, now, calendar);
			return new ClockReading(TicketSlaSource.ClockName.valueOf(c.kind().name()),
					com.chaindesk.ticket.SlaMark.State.valueOf(c.state().name()), c.dueAt(), c.targetMinutes(),
					remaining == null ? null : remaining.toMinutes(), (int) Math.min(999, Math.max(0, used * 100 / target)),
					c.alwaysOn());
		}).toList();
	}

	/** Business minutes used: past the target once breached, up to the stop for a settled clock. */
	private static long usedMinutes(SlaClock c, Duration remaining, Instant now, BusinessCalendar calendar) {
		long target = c.targetMinutes();
		Instant end = c.stoppedAt() != null ? c.stoppedAt() : now;
		if (c.dueAt() == null) {
			return 0;
		}
		return switch (c.state()) {
			case RUNNING, PAUSED -> target - (remaining == null ? 0 : remaining.toMinutes());
			case BREACHED -> target + calendar.businessTimeBetween(c.dueAt(), end).toMinutes();
			case MET -> target - (end.isBefore(c.dueAt()) ? calendar.businessTimeBetween(end, c.dueAt()).toMinutes() : 0);
		};
	}

	/** A ticket's clocks; {@code zone} is the store's. */
	public record TicketClocks(long ticket, String zone, List<Reading> clocks) {
	}

	/** One clock: due in UTC and in the store's local time, business minutes left (null once settled). */
	public record Reading(ClockKind kind, ClockState state, int targetMinutes, boolean alwaysOn, Instant startedAt,
			Instant dueAt, LocalDateTime dueAtLocal, Instant pausedAt, Instant stoppedAt, Long remainingMinutes,
			boolean warned) {
	}
}
