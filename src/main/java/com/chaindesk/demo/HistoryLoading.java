package com.chaindesk.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.chaindesk.identity.UserAccounts;
import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.StoreRef;
import com.chaindesk.org.VendorManagement;
import com.chaindesk.org.VendorView;
import com.chaindesk.sla.BusinessCalendar;
import com.chaindesk.sla.BusinessCalendars;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the demo's ticket history in the background once the application is up: a chunk of tickets per
 * transaction, each chunk noting how far the history got, so that a restart (or a crash half-way) carries on where it
 * stopped and two instances starting together never write a ticket twice. Between chunks it lets the listeners catch
 * up (dispatch, SLA clocks), so the history does not crowd out the people signing in meanwhile.
 */
@Component
@ConditionalOnProperty(name = "chaindesk.demo.history.enabled", havingValue = "true", matchIfMissing = true)
class HistoryLoading implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(HistoryLoading.class);

	/** Listener work still due after which the next chunk waits. */
	private static final int BACKLOG = 300;

	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final HistoryWriter writer;
	private final OrgDirectory org;
	private final VendorManagement vendors;
	private final UserAccounts accounts;
	private final BusinessCalendars calendars;
	private final int chunk;
	private volatile boolean running;
	private volatile Thread worker;

	HistoryLoading(JdbcClient jdbc, TransactionTemplate transaction, HistoryWriter writer, OrgDirectory org,
			VendorManagement vendors, UserAccounts accounts, BusinessCalendars calendars,
			@Value("${chaindesk.demo.history.chunk:50}") int chunk) {
		this.calendars = calendars;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.writer = writer;
		this.org = org;
		this.vendors = vendors;
		this.accounts = accounts;
		this.chunk = chunk;
	}

	@EventListener(ApplicationReadyEvent.class)
	void carryOn() {
		if (!running || unfinished().isEmpty()) {
			return;
		}
		worker = Thread.ofVirtual().name("demo-history").start(this::writeAll);
	}

	private record State(long seed, Instant endsAt, int written, Instant finishedAt) {
	}

	private Optional<State> unfinished() {
		return jdbc.sql("select seed, ends_at, written, finished_at from demo.history")
				.query((rs, row) -> new State(rs.getLong("seed"), rs.getTimestamp("ends_at").toInstant(), rs.getInt("written"),
						rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant()))
				.optional().filter(state -> state.finishedAt() == null);
	}

	private void writeAll() {
		long started = System.nanoTime();
		try {
			HistoryPeople people = people();
			List<PastTicket> plan = null;
			while (running) {
				State state = transaction.execute(status -> {
					jdbc.sql("select pg_advisory_xact_lock(7002)").query().singleRow();
					return unfinished().orElse(null);
				});
				if (state == null) {
					break;
				}
				if (plan == null) {
					plan = HistoryPlan.of(state.seed(), state.endsAt(), stores(), regionCodes(), businessTime());
				}
				List<PastTicket> all = plan;
				boolean more = Boolean.TRUE.equals(transaction.execute(status -> writeChunk(all, people)));
				if (!more) {
					log.info("Demo history: {} tickets over the last {} days written in {} ms", plan.size(), HistoryPlan.DAYS,
							(System.nanoTime() - started) / 1_000_000);
					break;
				}
				awaitListeners();
			}
		}
		catch (RuntimeException e) {
			if (running) {
				log.warn("Demo history stopped; the next start carries on where it stopped", e);
			}
		}
	}

	/** Writes the next chunk in this transaction; whether more is left. */
	private boolean writeChunk(List<PastTicket> plan, HistoryPeople people) {
		jdbc.sql("select pg_advisory_xact_lock(7002)").query().singleRow();
		State state = unfinished().orElse(null);
		if (state == null) {
			return false;
		}
		int end = Math.min(plan.size(), state.written() + chunk);
		for (int i = state.written(); i < end; i++) {
			writer.write(plan.get(i), people);
		}
		boolean done = end == plan.size();
		jdbc.sql("update demo.history set written = ?, planned = ?, finished_at = case when ? then now() end")
				.params(end, plan.size(), done).update();
		return !done;
	}

	/** Waits (a while at most) until the listeners of earlier chunks are mostly through. */
	private void awaitListeners() {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (running && System.nanoTime() < deadline && jdbc
				.sql("select count(*) from event_publication where completion_date is null").query(Integer.class).single() > BACKLOG) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** Each store's own business calendar (read once per store), around the clock for P1 as the SLA clocks do. */
	private HistoryPlan.BusinessTime businessTime() {
		Map<Long, BusinessCalendar> open = new HashMap<>();
		Map<Long, BusinessCalendar> always = new HashMap<>();
		return (store, from, time, aroundTheClock) -> {
			BusinessCalendar calendar = aroundTheClock ? always.computeIfAbsent(store, calendars::alwaysOn)
					: open.computeIfAbsent(store, calendars::forStore);
			return calendar.nextBusinessStart(from).isPresent() ? calendar.addBusinessTime(from, time) : from.plus(time);
		};
	}

	private List<StoreRef> stores() {
		List<StoreRef> stores = new ArrayList<>();
		org.regions().forEach(region -> stores.addAll(org.storesOfRegion(region.id())));
		return stores;
	}

	private Map<Long, String> regionCodes() {
		Map<Long, String> codes = new HashMap<>();
		org.regions().forEach(region -> codes.put(region.id(), region.code()));
		return codes;
	}

	/** The demo accounts of store people report for their own stores. */
	private HistoryPeople people() {
		Map<Long, String> reporters = new HashMap<>();
		for (String username : List.of("staff1", "manager2")) {
			accounts.findByUsername(username).map(a -> a.scope().storeId()).ifPresent(store -> reporters.put(store, username));
		}
		List<VendorView> known = new ArrayList<>();
		for (String code : List.of("SUNPOS", "NETLINK", "BRIGHTTAG")) {
			vendors.byCode(code).ifPresent(known::add);
		}
		return new HistoryPeople(stores(), reporters, known);
	}

	@Override
	public void start() {
		running = true;
	}

	/** Stops after the chunk under way (its transaction commits or rolls back whole). */
	@Override
	public void stop() {
		running = false;
		Thread current = worker;
		if (current != null) {
			try {
				current.join(Duration.ofSeconds(20));
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}
}
