package com.chaindesk.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

import org.springframework.stereotype.Component;

/**
 * The one clock every module reads "now" from: the system clock in UTC. Only the demo, when it writes history,
 * runs a block of work as of a past moment on its own thread ({@link #asOf(Instant)}); every other thread, and
 * every listener that runs later on another thread, keeps real time. Events carry their own times, so what a
 * listener records follows the moment the event happened, not the moment it ran.
 */
@Component
public final class ChainClock extends Clock {

	private static final ThreadLocal<Instant> PAST = new ThreadLocal<>();

	private final Clock system = Clock.systemUTC();

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return system.withZone(zone);
	}

	@Override
	public Instant instant() {
		Instant past = PAST.get();
		return past != null ? past : system.instant();
	}

	/**
	 * Runs this thread as of {@code at} until the returned handle is closed; {@link PastMoment#moveTo} walks the
	 * moment forward. Not nested: the demo writes one piece of history at a time.
	 */
	public PastMoment asOf(Instant at) {
		if (PAST.get() != null) {
			throw new IllegalStateException("this thread already runs as of " + PAST.get());
		}
		PastMoment moment = new PastMoment();
		moment.moveTo(at);
		return moment;
	}

	/** A thread's stay in the past; closing it brings the thread back to real time. */
	public static final class PastMoment implements AutoCloseable {

		private PastMoment() {
		}

		public void moveTo(Instant at) {
			PAST.set(Objects.requireNonNull(at, "at"));
		}

		public Instant now() {
			return PAST.get();
		}

		@Override
		public void close() {
			PAST.remove();
		}
	}
}
