package com.chaindesk.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hears an event inside the transaction that published it, just before it commits: what the listener writes commits
 * or rolls back with the change. Such listeners run before the audit trail writes the transaction's entries, so what
 * they record joins those entries (one lock of a chain head per transaction, not one per late entry).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
@Order(BeforeCommit.ORDER)
public @interface BeforeCommit {

	/** Before the audit trail, whose synchronisation has the lowest precedence. */
	int ORDER = Ordered.LOWEST_PRECEDENCE - 1000;
}
