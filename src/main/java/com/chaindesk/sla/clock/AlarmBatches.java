package com.chaindesk.sla.clock;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.chaindesk.sla.clock.ClockAlarms.Alarm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rings the timers db-scheduler's threads hand in, several to a transaction. Each scheduler thread waits until its
 * timer's transaction has committed, so db-scheduler still completes an execution only after its work is done, and
 * retries it when it failed. When many timers come due together, a few workers each take whatever is waiting (up to
 * a batch) and ring it in one transaction: one commit and one audit append for the batch instead of one each, and the
 * clocks and tickets read and marked a batch at a time.
 * <p>
 * A batch that fails (a breach's escalation meeting an agent's change of the same ticket, a deadlock between two
 * batches) is rung again one timer per transaction, so one timer's trouble neither undoes nor delays the others
 * beyond that retry, and only the failing timer's execution fails.
 */
final class AlarmBatches {

	private static final Logger log = LoggerFactory.getLogger(AlarmBatches.class);

	private final ClockAlarms alarms;
	private final int maxBatch;
	private final BlockingQueue<Pending> waiting = new LinkedBlockingQueue<>();
	private final List<Thread> workers = new ArrayList<>();
	private volatile boolean running;

	AlarmBatches(ClockAlarms alarms, int workers, int maxBatch) {
		this.alarms = alarms;
		this.maxBatch = maxBatch;
		for (int i = 0; i < workers; i++) {
			this.workers.add(Thread.ofPlatform().daemon().name("sla-alarms-" + i).unstarted(this::work));
		}
	}

	void start() {
		running = true;
		workers.forEach(Thread::start);
	}

	/** Called once the scheduler has stopped handing in timers; a timer still waiting fails and runs again later. */
	void stop() {
		running = false;
		workers.forEach(Thread::interrupt);
		for (Pending p; (p = waiting.poll()) != null;) {
			p.done.completeExceptionally(new IllegalStateException("ChainDesk is stopping"));
		}
	}

	/** Rings the timer with others waiting at the same moment; returns once it is committed, throws if it failed. */
	void ring(Alarm alarm) {
		if (!running) {
			throw new IllegalStateException("The SLA alarms are not running");
		}
		Pending pending = new Pending(alarm, new CompletableFuture<>());
		waiting.add(pending);
		try {
			pending.done.get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the SLA alarm rang", e);
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException(e.getCause());
		}
	}

	private void work() {
		while (running) {
			List<Pending> batch = new ArrayList<>(maxBatch);
			try {
				Pending first = waiting.poll(1, TimeUnit.SECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
			}
			catch (InterruptedException e) {
				return;
			}
			waiting.drainTo(batch, maxBatch - 1);
			ring(batch);
		}
	}

	private void ring(List<Pending> batch) {
		try {
			alarms.ring(batch.stream().map(Pending::alarm).toList());
			batch.forEach(p -> p.done.complete(null));
		}
		catch (RuntimeException | Error batchFailure) {
			if (batch.size() == 1) {
				batch.getFirst().done.completeExceptionally(batchFailure);
				return;
			}
			log.debug("A batch of {} SLA alarms failed; ringing them one by one", batch.size(), batchFailure);
			for (Pending p : batch) {
				try {
					alarms.ring(List.of(p.alarm()));
					p.done.complete(null);
				}
				catch (RuntimeException | Error failure) {
					p.done.completeExceptionally(failure);
				}
			}
		}
	}

	private record Pending(Alarm alarm, CompletableFuture<Void> done) {
	}
}
