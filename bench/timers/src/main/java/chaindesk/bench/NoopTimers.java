package chaindesk.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.zaxxer.hikari.HikariDataSource;

/**
 * db-scheduler's own execution rate and lateness for a task that does nothing, on bench.scheduled_tasks (a copy of
 * sla.scheduled_tasks with the same rows, task name {@code noop}): what the scheduler gives before any SLA work.
 * Same settings as ClockTimers. Arguments: JDBC URL, number of executions due in the window, window end (ISO instant).
 * Prints "executed N rate R/s p50 Xms p99 Yms max Zms".
 */
public class NoopTimers {

	public static void main(String[] args) throws Exception {
		String url = args[0];
		int expected = Integer.parseInt(args[1]);
		Instant windowEnd = Instant.parse(args[2]);
		ConcurrentLinkedQueue<long[]> done = new ConcurrentLinkedQueue<>();
		OneTimeTask<Void> noop = Tasks.oneTime("noop").execute((instance, context) -> done.add(new long[] {
				context.getExecution().executionTime.toEpochMilli(), System.currentTimeMillis() }));
		try (HikariDataSource dataSource = new HikariDataSource()) {
			dataSource.setJdbcUrl(url);
			dataSource.setUsername("postgres");
			dataSource.setMaximumPoolSize(20);
			Scheduler scheduler = Scheduler.create(dataSource, List.of(noop))
					.tableName("bench.scheduled_tasks")
					.pollingInterval(Duration.ofMillis(500))
					.threads(8)
					.pollUsingLockAndFetch(0.5, 3.0)
					.build();
			scheduler.start();
			Instant giveUp = windowEnd.plusSeconds(60);
			while (done.size() < expected && Instant.now().isBefore(giveUp)) {
				Thread.sleep(200);
			}
			scheduler.stop();
		}
		List<Long> late = new ArrayList<>();
		long firstDue = Long.MAX_VALUE;
		long lastRun = 0;
		for (long[] d : done) {
			late.add(d[1] - d[0]);
			firstDue = Math.min(firstDue, d[0]);
			lastRun = Math.max(lastRun, d[1]);
		}
		Collections.sort(late);
		double seconds = Math.max(1, lastRun - firstDue) / 1000.0;
		System.out.printf("executed %d rate %d/s p50 %dms p99 %dms max %dms%n", done.size(), Math.round(done.size() / seconds),
				pick(late, 0.50), pick(late, 0.99), late.isEmpty() ? 0 : late.getLast());
	}

	private static long pick(List<Long> sorted, double p) {
		return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
	}
}
