package com.chaindesk.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of an earlier run that died without stopping it: the JVM was killed, its postmaster was
 * not. It still holds the data directory ({@code postmaster.pid}), so a new start would fail. If the pid file names
 * a live postgres of this very data directory, it is stopped the way {@code pg_ctl stop -m fast} does (SIGINT: open
 * transactions roll back, everything committed stays) and awaited. A pid file whose process is gone, or is some
 * other program by now, is stale: PostgreSQL copes with the first; the second is removed so it cannot block the
 * start.
 */
final class LeftoverPostmaster {

	private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private LeftoverPostmaster() {
	}

	static void stopIfRunning(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.size() < 2 || !lines.get(0).strip().matches("\\d+")) {
			return; // half written by a postmaster that was starting; PostgreSQL judges it itself
		}
		long pid = Long.parseLong(lines.get(0).strip());
		Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
		if (process.isEmpty()) {
			log.info("Stale postmaster.pid in {} (process {} is gone); PostgreSQL recovers on start", dataDir, pid);
			return;
		}
		if (!isPostgresOf(process.get(), dataDir)) {
			log.warn("postmaster.pid in {} names process {}, which is not its PostgreSQL; removing the stale file", dataDir, pid);
			Files.deleteIfExists(pidFile);
			return;
		}
		log.warn("PostgreSQL of an earlier run (pid {}) still holds {}; stopping it (fast shutdown)", pid, dataDir);
		stop(process.get());
	}

	/** The process is a postgres server started on this data directory (its command line names it). */
	private static boolean isPostgresOf(ProcessHandle process, Path dataDir) {
		Path cmdline = Path.of("/proc", Long.toString(process.pid()), "cmdline");
		if (Files.isReadable(cmdline)) {
			try {
				String command = new String(Files.readAllBytes(cmdline)).replace('\0', ' ');
				return command.contains("postgres") && command.contains(dataDir.toString());
			}
			catch (IOException e) {
				return false;
			}
		}
		// No /proc (macOS): trust the pid file's second line, the data directory the postmaster wrote there.
		return process.info().command().map(c -> c.endsWith("postgres")).orElse(false);
	}

	private static void stop(ProcessHandle postmaster) throws IOException {
		signal(postmaster.pid(), "INT");
		try {
			postmaster.onExit().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
			log.info("Earlier PostgreSQL (pid {}) stopped", postmaster.pid());
		}
		catch (TimeoutException e) {
			// Fast shutdown hangs only if something is badly wrong; immediate shutdown leaves a crash-safe state too.
			signal(postmaster.pid(), "QUIT");
			try {
				postmaster.onExit().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
			}
			catch (InterruptedException | ExecutionException | TimeoutException again) {
				throw new IOException("PostgreSQL of an earlier run (pid " + postmaster.pid() + ") does not stop", again);
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while stopping an earlier PostgreSQL", e);
		}
		catch (ExecutionException e) {
			throw new IOException(e);
		}
	}

	private static void signal(long pid, String signal) throws IOException {
		try {
			int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
			if (exit != 0) {
				log.warn("kill -{} {} exited with {}", signal, pid, exit);
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while signalling PostgreSQL", e);
		}
	}
}
