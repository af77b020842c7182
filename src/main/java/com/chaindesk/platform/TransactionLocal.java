package com.chaindesk.platform;

import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value that lives as long as the current transaction: made on first use, dropped when the transaction ends, and
 * put aside while a transaction started inside it (REQUIRES_NEW) runs, which gets a value of its own. An optional
 * step runs just before the transaction commits, at the given order among the transaction's synchronisations.
 */
public final class TransactionLocal<T> {

	private final Supplier<T> initial;
	private final int order;
	private final BiConsumer<T, Boolean> beforeCommit;

	public TransactionLocal(Supplier<T> initial) {
		this(initial, Ordered.LOWEST_PRECEDENCE, (value, readOnly) -> {
		});
	}

	/** @param beforeCommit given the value and whether the transaction is read-only */
	public TransactionLocal(Supplier<T> initial, int order, BiConsumer<T, Boolean> beforeCommit) {
		this.initial = initial;
		this.order = order;
		this.beforeCommit = beforeCommit;
	}

	/** Whether there is a transaction (with synchronisation) to hold a value. */
	public static boolean available() {
		return TransactionSynchronizationManager.isSynchronizationActive();
	}

	/** This transaction's value; only while {@link #available()}. */
	public T get() {
		@SuppressWarnings("unchecked")
		T value = (T) TransactionSynchronizationManager.getResource(this);
		if (value != null) {
			return value;
		}
		T created = initial.get();
		TransactionSynchronizationManager.bindResource(this, created);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public int getOrder() {
				return order;
			}

			@Override
			public void beforeCommit(boolean readOnly) {
				beforeCommit.accept(created, readOnly);
			}

			@Override
			public void suspend() {
				TransactionSynchronizationManager.unbindResource(TransactionLocal.this);
			}

			@Override
			public void resume() {
				TransactionSynchronizationManager.bindResource(TransactionLocal.this, created);
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(TransactionLocal.this);
			}
		});
		return created;
	}
}
