package com.chaindesk.sla.clock;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import com.chaindesk.audit.AuditEvent;
import com.chaindesk.audit.AuditTrail;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.sla.SlaBreached;
import com.chaindesk.sla.SlaWarning;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens when a clock's timer fires. The mark, the event and the audit entry commit together; a timer of an
 * older generation, or one that fires again after a crash, finds nothing to mark and does nothing.
 */
@Component
class ClockAlarms {

	private final ClockRows rows;
	private final ApplicationEventPublisher events;
	private final AuditTrail audit;
	private final ClockMarks marks;

	ClockAlarms(ClockRows rows, ApplicationEventPublisher events, AuditTrail audit, ClockMarks marks) {
		this.rows = rows;
		this.marks = marks;
		this.events = events;
		this.audit = audit;
	}

	@Transactional
	public void warn(ClockTimer timer) {
		Optional<SlaClock> marked = rows.markWarned(timer.clockId(), timer.generation());
		marked.ifPresent(c -> {
			Instant now = Instant.now();
			events.publishEvent(new SlaWarning(c.ticketId(), c.storeId(), c.regionId(), c.kind().name(), c.dueAt(), now));
			record("sla.clock.warned", c);
		});
	}

	@Transactional
	public void breach(ClockTimer timer) {
		Optional<SlaClock> marked = rows.markBreached(timer.clockId(), timer.generation());
		marked.ifPresent(c -> {
			Instant now = Instant.now();
			marks.mark(c);
			events.publishEvent(new SlaBreached(c.ticketId(), c.storeId(), c.regionId(), c.kind().name(), c.dueAt(), now));
			record("sla.clock.breached", c);
		});
	}

	private void record(String action, SlaClock c) {
		audit.record(new AuditEvent(action, "ticket", String.valueOf(c.ticketId()), OrgScope.store(c.storeId(), c.regionId()),
				null, Map.of("clock", c.kind().name(), "dueAt", String.valueOf(c.dueAt()), "state", c.state().name())));
	}
}
