package com.chaindesk.sla.clock;

import java.time.Duration;
import java.time.Instant;

import com.chaindesk.sla.BusinessCalendar;

/**
 * One SLA clock of one ticket. It counts business time on the store's calendar while RUNNING; time spent PAUSED
 * (waiting on the store or a vendor) does not count. {@code consumed} is the business time used in earlier running
 * stretches, {@code runningSince} the start of the current one, so the due moment after a resume is "now plus what is
 * left". Every change of the due moment or state bumps {@code generation}: a timer carries the generation it was set
 * for, and a timer of an older generation is stale and does nothing.
 */
public final class SlaClock {

	private final Long id;
	private final long ticketId;
	private final long storeId;
	private final long regionId;
	private final ClockKind kind;
	private final boolean alwaysOn;
	private final int targetMinutes;
	private Instant startedAt;
	private Instant runningSince;
	private Duration consumed;
	private Instant dueAt;
	private Instant pausedAt;
	private Instant stoppedAt;
	private ClockState state;
	private boolean warned;
	private int generation;

	SlaClock(Long id, long ticketId, long storeId, long regionId, ClockKind kind, boolean alwaysOn, int targetMinutes,
			Instant startedAt, Instant runningSince, Duration consumed, Instant dueAt, Instant pausedAt,
			Instant stoppedAt, ClockState state, boolean warned, int generation) {
		this.id = id;
		this.ticketId = ticketId;
		this.storeId = storeId;
		this.regionId = regionId;
		this.kind = kind;
		this.alwaysOn = alwaysOn;
		this.targetMinutes = targetMinutes;
		this.startedAt = startedAt;
		this.runningSince = runningSince;
		this.consumed = consumed;
		this.dueAt = dueAt;
		this.pausedAt = pausedAt;
		this.stoppedAt = stoppedAt;
		this.state = state;
		this.warned = warned;
		this.generation = generation;
	}

	static SlaClock start(long ticketId, long storeId, long regionId, ClockKind kind, boolean alwaysOn,
			int targetMinutes, Instant at, BusinessCalendar calendar) {
		Duration target = Duration.ofMinutes(targetMinutes);
		return new SlaClock(null, ticketId, storeId, regionId, kind, alwaysOn, targetMinutes, at, at, Duration.ZERO,
				calendar.addBusinessTime(at, target), null, null, ClockState.RUNNING, false, 1);
	}

	SlaClock withId(long newId) {
		return new SlaClock(newId, ticketId, storeId, regionId, kind, alwaysOn, targetMinutes, startedAt, runningSince,
				consumed, dueAt, pausedAt, stoppedAt, state, warned, generation);
	}

	/** Stops counting: whoever works the ticket waits on someone else. */
	boolean pause(Instant at, BusinessCalendar calendar) {
		if (state != ClockState.RUNNING) {
			return false;
		}
		Duration used = calendar.businessTimeBetween(runningSince, at);
		consumed = consumed.plus(used.isNegative() ? Duration.ZERO : used);
		runningSince = null;
		pausedAt = at;
		state = ClockState.PAUSED;
		generation++;
		return true;
	}

	/** Counts again from {@code at}; the due moment moves by the business time spent paused. */
	boolean resume(Instant at, BusinessCalendar calendar) {
		if (state != ClockState.PAUSED) {
			return false;
		}
		runningSince = at;
		pausedAt = null;
		dueAt = calendar.addBusinessTime(at, left());
		state = ClockState.RUNNING;
		generation++;
		return true;
	}

	/**
	 * Stops the clock: the target is met if it stops in time. A clock that stops after its due moment has breached even
	 * when its breach timer has not fired yet (a timer runs late after a restart; history is written after the fact).
	 * A breached clock stays breached, only its stop is noted. The last running stretch is added to {@code consumed},
	 * so a stopped clock keeps the business time it took (the SLA report's response and resolution times).
	 */
	boolean stop(Instant at, BusinessCalendar calendar) {
		if (at.isBefore(startedAt)) {
			return false; // news from before a restart of the clock
		}
		if (stoppedAt != null) {
			if (!at.isBefore(stoppedAt) || pausedAt != null) {
				return false;
			}
			// Listeners run in any order: the ticket was resolved (or taken up) earlier than the stop heard first, say
			// when it was closed. The clock stopped at the earlier moment; whether it was in time follows from that.
			consumed = consumed.minus(calendar.businessTimeBetween(at, stoppedAt));
			if (consumed.isNegative()) {
				consumed = Duration.ZERO;
			}
			stoppedAt = at;
			state = at.isAfter(dueAt) ? ClockState.BREACHED : ClockState.MET;
			generation++;
			return true;
		}
		if (runningSince != null && at.isAfter(runningSince)) {
			consumed = consumed.plus(calendar.businessTimeBetween(runningSince, at));
		}
		stoppedAt = at;
		if (state == ClockState.RUNNING) {
			state = at.isAfter(dueAt) ? ClockState.BREACHED : ClockState.MET;
		}
		else if (state == ClockState.PAUSED) {
			state = consumed.compareTo(target()) > 0 ? ClockState.BREACHED : ClockState.MET;
		}
		runningSince = null;
		generation++;
		return true;
	}

	/** The store says it is not fixed: the resolution clock starts over with its full target. */
	boolean restart(Instant at, BusinessCalendar calendar) {
		if (state.open()) {
			return false;
		}
		startedAt = at;
		runningSince = at;
		consumed = Duration.ZERO;
		dueAt = calendar.addBusinessTime(at, target());
		pausedAt = null;
		stoppedAt = null;
		state = ClockState.RUNNING;
		warned = false;
		generation++;
		return true;
	}

	/** When 75 % of the target will be used up if the clock keeps running. */
	Instant warningAt(BusinessCalendar calendar) {
		Duration toWarning = target().multipliedBy(3).dividedBy(4).minus(consumed);
		return toWarning.isNegative() || toWarning.isZero() ? runningSince : calendar.addBusinessTime(runningSince, toWarning);
	}

	/** Business time left before the breach; null once settled. Negative never: a late clock shows zero. */
	public Duration remaining(Instant now, BusinessCalendar calendar) {
		Duration left = switch (state) {
			case RUNNING -> left().minus(calendar.businessTimeBetween(runningSince, now));
			case PAUSED -> left();
			case MET, BREACHED -> null;
		};
		return left == null || !left.isNegative() ? left : Duration.ZERO;
	}

	private Duration left() {
		Duration left = target().minus(consumed);
		return left.isNegative() ? Duration.ZERO : left;
	}

	private Duration target() {
		return Duration.ofMinutes(targetMinutes);
	}

	public Long id() { return id; }
	public long ticketId() { return ticketId; }
	public long storeId() { return storeId; }
	public long regionId() { return regionId; }
	public ClockKind kind() { return kind; }
	public boolean alwaysOn() { return alwaysOn; }
	public int targetMinutes() { return targetMinutes; }
	public Instant startedAt() { return startedAt; }
	Instant runningSince() { return runningSince; }
	Duration consumed() { return consumed; }
	public Instant dueAt() { return dueAt; }
	public Instant pausedAt() { return pausedAt; }
	public Instant stoppedAt() { return stoppedAt; }
	public ClockState state() { return state; }
	public boolean warned() { return warned; }
	int generation() { return generation; }
}
