package com.chaindesk.sla.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.chaindesk.sla.clock.ClockAlarms.Alarm;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.FailureHandler.ExponentialBackoffFailureHandler;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Component;

/**
 * The SLA timers on db-scheduler: persistent in sla.scheduled_tasks, so they survive restarts, and picked by one
 * instance of a cluster. Timers are scheduled through a transaction-aware DataSource: a timer set while a clock
 * changes commits or rolls back with the clock. The scheduler starts once the context is up (a lifecycle bean) and
 * stops before the DataSource closes (lifecycle beans stop before singletons are destroyed).
 */
@Component
class ClockTimers implements SmartLifecycle {

	static final String WARNING = "sla-warning";
	static final String BREACH = "sla-breach";
	private static final Duration RETRY = Duration.ofSeconds(2);

	private final OneTimeTask<ClockTimer> warning;
	private final OneTimeTask<ClockTimer> breach;
	private final Scheduler scheduler;
	private final AlarmBatches batches;
	private volatile boolean running;

	/**
	 * Tuned for many timers coming due together (a morning's worth of P3 warnings): lock-and-fetch claims a batch of
	 * due executions in one statement ({@code update ... for update skip locked returning}) instead of one update
	 * per execution, and polls again at once while due executions remain; half a second between polls keeps a timer
	 * within about a second of its due time. The scheduler's threads only hand their timers to {@link AlarmBatches}
	 * and wait: 32 of them keep the alarm workers' batches full, while the database sees only the workers'
	 * transactions, not one per timer. Two workers of up to 16 timers each: with four, batches at 400 timers/s held
	 * about four timers and the workers queued for each other's audit chain heads; two made batches twice the size
	 * and took 3.4 ms of CPU per timer where four took 4.1 (bench/sla-timers.sh, 2 cores).
	 */
	ClockTimers(DataSource dataSource, ClockAlarms alarms,
			@Value("${chaindesk.sla.timers.polling-interval:500ms}") Duration pollingInterval,
			@Value("${chaindesk.sla.timers.threads:32}") int threads,
			@Value("${chaindesk.sla.timers.workers:2}") int workers,
			@Value("${chaindesk.sla.timers.batch:16}") int batch) {
		this.batches = new AlarmBatches(alarms, workers, batch);
		// A timer whose transaction fails (a breach's escalation meeting an agent's change of the same ticket) runs
		// again within seconds, not after db-scheduler's default five minutes: it is already late.
		this.warning = Tasks.oneTime(WARNING, ClockTimer.class).onFailure(new ExponentialBackoffFailureHandler<>(RETRY))
				.execute((instance, context) -> batches.ring(new Alarm(instance.getData(), false)));
		this.breach = Tasks.oneTime(BREACH, ClockTimer.class).onFailure(new ExponentialBackoffFailureHandler<>(RETRY))
				.execute((instance, context) -> batches.ring(new Alarm(instance.getData(), true)));
		this.scheduler = Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), List.of(warning, breach))
				.tableName("sla.scheduled_tasks")
				.pollingInterval(pollingInterval)
				.threads(threads)
				// Poll again when fewer than half the threads have work; claim up to 3 executions per thread at once.
				.pollUsingLockAndFetch(0.5, 3.0)
				.shutdownMaxWait(Duration.ofSeconds(5))
				.build();
	}

	/** Sets the warning (unless given already) and the breach timer for the clock's current generation. */
	void set(SlaClock clock, Instant warningAt) {
		if (clock.state() != ClockState.RUNNING) {
			return;
		}
		ClockTimer timer = new ClockTimer(clock.id(), clock.generation());
		if (!clock.warned()) {
			scheduler.scheduleIfNotExists(warning.instance(timer.instanceId(), timer), warningAt);
		}
		scheduler.scheduleIfNotExists(breach.instance(timer.instanceId(), timer), clock.dueAt());
	}

	/**
	 * The first timers of clocks just started, in one batched insert: a clock's id is new, so none of its timers can
	 * exist yet and the look-up {@link #set} makes before each insert is not needed.
	 */
	void setFirst(List<Started> started) {
		List<SchedulableInstance<?>> instances = new ArrayList<>();
		for (Started s : started) {
			ClockTimer timer = new ClockTimer(s.clock().id(), s.clock().generation());
			if (s.clock().state() != ClockState.RUNNING) {
				continue;
			}
			if (!s.clock().warned()) {
				instances.add(SchedulableInstance.of(warning.instance(timer.instanceId(), timer), s.warningAt()));
			}
			instances.add(SchedulableInstance.of(breach.instance(timer.instanceId(), timer), s.clock().dueAt()));
		}
		if (!instances.isEmpty()) {
			scheduler.scheduleBatch(instances);
		}
	}

	/** A clock that has just started, and when it warns. */
	record Started(SlaClock clock, Instant warningAt) {
	}

	@Override
	public void start() {
		batches.start();
		scheduler.start();
		running = true;
	}

	@Override
	public void stop() {
		scheduler.stop();
		batches.stop();
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}
}
