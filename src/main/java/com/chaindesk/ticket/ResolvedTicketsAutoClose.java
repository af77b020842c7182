package com.chaindesk.ticket;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.chaindesk.audit.AuditEvent;
import com.chaindesk.audit.AuditTrail;
import com.chaindesk.config.Settings;
import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.RegionRef;
import com.chaindesk.platform.OrgScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes resolved tickets the store has neither confirmed nor reopened within the region's
 * {@link TicketSettings#AUTO_CLOSE_DAYS} calendar days. Every instance runs it; each batch locks its rows with
 * {@code skip locked}, so two instances share the work and never close one ticket twice. Each close goes through the
 * ticket, is audited and publishes {@link TicketStatusChanged}, one short transaction per batch.
 */
@Component
class ResolvedTicketsAutoClose {

	private static final Logger log = LoggerFactory.getLogger(ResolvedTicketsAutoClose.class);
	static final int BATCH = 100;

	private final Tickets tickets;
	private final Settings settings;
	private final OrgDirectory directory;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final Clock clock = Clock.systemUTC();

	ResolvedTicketsAutoClose(Tickets tickets, Settings settings, OrgDirectory directory, AuditTrail audit,
			ApplicationEventPublisher events, PlatformTransactionManager transactionManager) {
		this.tickets = tickets;
		this.settings = settings;
		this.directory = directory;
		this.audit = audit;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Scheduled(fixedDelayString = "${chaindesk.ticket.auto-close.period:PT10M}",
			initialDelayString = "${chaindesk.ticket.auto-close.initial-delay:PT2M}")
	void run() {
		int closed = closeDue();
		if (closed > 0) {
			log.info("Closed {} resolved tickets their stores left unconfirmed", closed);
		}
	}

	/** Closes every ticket due now; returns how many this instance closed. */
	int closeDue() {
		Instant now = clock.instant();
		int closed = 0;
		for (RegionRef region : directory.regions()) {
			int days = settings.effective(TicketSettings.AUTO_CLOSE_DAYS, OrgScope.region(region.id()));
			Instant resolvedBefore = now.minus(Duration.ofDays(days));
			int batch;
			do {
				batch = transactions.execute(status -> closeBatch(region.id(), resolvedBefore, days, now));
				closed += batch;
			}
			while (batch == BATCH);
		}
		return closed;
	}

	private int closeBatch(long regionId, Instant resolvedBefore, int days, Instant now) {
		List<Long> due = tickets.resolvedBeforeForUpdate(regionId, resolvedBefore, BATCH);
		for (long id : due) {
			Ticket ticket = tickets.find(id).orElseThrow();
			Map<String, Object> before = ticket.snapshot();
			ticket.closeUnconfirmed(days, now);
			tickets.update(ticket);
			audit.record(new AuditEvent("ticket.auto-closed", "ticket", ticket.id().toString(),
					OrgScope.store(ticket.storeId(), ticket.regionId()), before, ticket.snapshot()));
			ticket.drainEvents().forEach(events::publishEvent);
		}
		return due.size();
	}
}
