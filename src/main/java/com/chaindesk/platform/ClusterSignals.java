package com.chaindesk.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells every instance of a cluster that something changed, over PostgreSQL's LISTEN/NOTIFY: an instance that keeps
 * a copy of shared data (a cache) forgets it when told, so nothing that must be right lives only in one instance.
 * <p>
 * A signal sent inside a transaction is delivered when it commits, and not at all when it rolls back. After the
 * listening connection was lost, every handler is called with {@code null}: signals may have been missed, so forget
 * everything.
 */
@Component
public class ClusterSignals implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ClusterSignals.class);

	private final DataSource dataSource;
	private final JdbcClient jdbc;
	private final Map<String, List<Consumer<String>>> handlers = new ConcurrentHashMap<>();
	/**
	 * The signals this transaction is to send, each once, sent together in one statement just before it commits
	 * (PostgreSQL delivers them at commit anyway): a batch of SLA alarms changes many tickets, and a ticket changed
	 * twice (escalated, then noted) signals once. A transaction started inside it sends its own.
	 */
	private final TransactionLocal<Outgoing> outgoing = new TransactionLocal<>(Outgoing::new, Ordered.LOWEST_PRECEDENCE,
			(signals, readOnly) -> {
				signals.sent = true;
				notify(signals.channels, signals.payloads);
			});
	private volatile boolean running;
	private volatile Thread listener;

	ClusterSignals(DataSource dataSource, JdbcClient jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	/**
	 * Sends a signal on a channel (a plain lower-case name such as {@code chaindesk_config}): inside a transaction
	 * when it commits, otherwise at once.
	 */
	public void send(String channel, String payload) {
		String name = channel(channel);
		String body = payload == null ? "" : payload;
		Outgoing pending = TransactionSynchronizationManager.isActualTransactionActive() && TransactionLocal.available()
				? outgoing.get() : null;
		if (pending == null || pending.sent) {
			notify(List.of(name), List.of(body));
		}
		else if (pending.seen.add(name + '\n' + body)) {
			pending.channels.add(name);
			pending.payloads.add(body);
		}
	}

	private void notify(List<String> channels, List<String> payloads) {
		if (!channels.isEmpty()) {
			jdbc.sql("select count(pg_notify(c, p)) from unnest(?::text[], ?::text[]) as s(c, p)")
					.params(channels.toArray(String[]::new), payloads.toArray(String[]::new)).query().singleRow();
		}
	}

	/** What a transaction is to signal, in order, and whether it has been sent already. */
	private static final class Outgoing {
		final Set<String> seen = new HashSet<>();
		final List<String> channels = new ArrayList<>();
		final List<String> payloads = new ArrayList<>();
		boolean sent;
	}

	/** Calls the handler with each signal's payload on this channel, from any instance, this one included. */
	public void listen(String channel, Consumer<String> handler) {
		handlers.computeIfAbsent(channel(channel), c -> new CopyOnWriteArrayList<>()).add(handler);
	}

	@Override
	public void start() {
		running = true;
		listener = Thread.ofPlatform().daemon().name("cluster-signals").start(this::listenWhileRunning);
	}

	@Override
	public void stop() {
		running = false;
		Thread thread = listener;
		if (thread != null) {
			thread.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void listenWhileRunning() {
		while (running) {
			try (Connection connection = dataSource.getConnection()) {
				connection.setAutoCommit(true);
				PGConnection postgres = connection.unwrap(PGConnection.class);
				Set<String> listening = new HashSet<>();
				while (running) {
					for (String channel : handlers.keySet()) {
						if (listening.add(channel)) {
							try (Statement statement = connection.createStatement()) {
								statement.execute("LISTEN " + channel);
							}
							// Told only once the LISTEN holds: whatever a handler then re-reads cannot fall into a gap
							// between its reading and the first signal it hears.
							dispatch(channel, null);
						}
					}
					PGNotification[] notifications = postgres.getNotifications(500);
					if (notifications != null) {
						for (PGNotification notification : notifications) {
							dispatch(notification.getName(), notification.getParameter());
						}
					}
				}
			}
			catch (SQLException e) {
				if (running) {
					log.warn("Lost the connection that listens for cluster signals; reconnecting: {}", e.getMessage());
					pause();
				}
			}
		}
	}

	private void dispatch(String channel, String payload) {
		for (Consumer<String> handler : handlers.getOrDefault(channel, List.of())) {
			try {
				handler.accept(payload);
			}
			catch (RuntimeException e) {
				log.error("A handler of cluster signal {} failed", channel, e);
			}
		}
	}

	private static void pause() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static String channel(String name) {
		if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
			throw new IllegalArgumentException("Not a channel name: " + name);
		}
		return name;
	}
}
