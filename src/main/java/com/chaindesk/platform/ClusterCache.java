package com.chaindesk.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rows that are read far more often than they change (settings, stores), remembered on each instance so that a busy
 * path does not read them again for every request.
 * <p>
 * A write forgets them on every instance: {@link #changed()} clears this instance at once and sends a cluster signal
 * that clears the others when the writing transaction commits (and this one again, after it ends). The transaction
 * that wrote reads from the database until it ends, so it sees its own uncommitted rows and never remembers them;
 * any other transaction reads what has committed, as a read-only one would. {@code remember} bounds what a missed
 * signal could cost. Only values that exist are remembered: a row added later is found at once.
 */
public final class ClusterCache<K, V> {

	private record Remembered<V>(V value, Instant loadedAt) {
	}

	private final ClusterSignals signals;
	private final String channel;
	private final Duration remember;
	private final int capacity;
	private final Map<K, Remembered<V>> remembered = new ConcurrentHashMap<>();

	/** The transaction resource that marks a transaction which wrote what this cache holds. */
	private final Object written = new Object();

	public ClusterCache(ClusterSignals signals, String channel, Duration remember, int capacity) {
		this.signals = signals;
		this.channel = channel;
		this.remember = remember;
		this.capacity = capacity;
		signals.listen(channel, payload -> remembered.clear());
	}

	/** The value for the key, from memory when loaded recently enough, else loaded (and remembered if present). */
	public Optional<V> get(K key, Function<K, Optional<V>> loader) {
		if (TransactionSynchronizationManager.hasResource(written)) {
			return loader.apply(key);
		}
		Remembered<V> known = remembered.get(key);
		Instant now = Instant.now();
		if (known != null && known.loadedAt().plus(remember).isAfter(now)) {
			return Optional.of(known.value());
		}
		Optional<V> loaded = loader.apply(key);
		if (loaded.isPresent()) {
			if (remembered.size() >= capacity) {
				remembered.clear();
			}
			remembered.put(key, new Remembered<>(loaded.get(), now));
		}
		return loaded;
	}

	/** Call after writing what this cache holds, inside the writing transaction if there is one. */
	public void changed() {
		remembered.clear();
		signals.send(channel, "changed");
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& !TransactionSynchronizationManager.hasResource(written)) {
			TransactionSynchronizationManager.bindResource(written, Boolean.TRUE);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(written);
					remembered.clear();
				}
			});
		}
	}
}
