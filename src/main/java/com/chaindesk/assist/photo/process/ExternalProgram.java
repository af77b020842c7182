package com.chaindesk.assist.photo.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.chaindesk.assist.EngineFailure;

/**
 * One run of a program installed on the machine (tesseract, ffmpeg, sox, pocketsphinx): started directly with its
 * arguments, never through a shell, so nothing in an upload's name or content can become a command; killed with its
 * children when it outlives its time. A program that is not installed throws {@link Missing}.
 */
public final class ExternalProgram {

	private static final int MAX_OUTPUT = 8 * 1024 * 1024;

	/**
	 * OCR, conversion and speech are CPU-bound: at most one program per core runs at a time, so a burst of uploads
	 * queues (within each run's time limit) instead of starving the application.
	 */
	private static final Semaphore SLOTS = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);

	private ExternalProgram() {
	}

	/** What the program wrote and how it ended. */
	public record Outcome(int exitCode, byte[] stdout, String stderr) {

		public String text() {
			return new String(stdout, StandardCharsets.UTF_8);
		}

		public boolean succeeded() {
			return exitCode == 0;
		}
	}

	/** The program is not installed (or not on the PATH). */
	public static final class Missing extends EngineFailure {

		public Missing(String program, Throwable cause) {
			super(program + " is not installed", cause);
		}
	}

	/** Whether a program can be found on the PATH (or at the path given). */
	public static boolean installed(String program) {
		if (program.contains("/")) {
			return Files.isExecutable(Path.of(program));
		}
		String path = System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
		for (String dir : path.split(":")) {
			if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Runs the command, feeds {@code stdin} (may be null) and waits at most {@code timeout}.
	 *
	 * @throws Missing when the program is not installed
	 * @throws EngineFailure when it timed out or could not be run
	 */
	public static Outcome run(List<String> command, byte[] stdin, Duration timeout) {
		try {
			if (!SLOTS.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new EngineFailure(command.getFirst() + " waited longer than " + timeout.toSeconds() + " s for its turn");
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new EngineFailure(command.getFirst() + " was interrupted", e);
		}
		try {
			return runNow(command, stdin, timeout);
		}
		finally {
			SLOTS.release();
		}
	}

	private static Outcome runNow(List<String> command, byte[] stdin, Duration timeout) {
		Process process;
		try {
			process = new ProcessBuilder(command).start();
		}
		catch (IOException e) {
			throw new Missing(command.getFirst(), e);
		}
		CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> drain(process.getInputStream()),
				Thread::startVirtualThread);
		CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()),
				Thread::startVirtualThread);
		try (OutputStream in = process.getOutputStream()) {
			if (stdin != null) {
				in.write(stdin);
			}
		}
		catch (IOException e) {
			// The program closed its input early (it may have failed on the first bytes): its exit code tells.
		}
		try {
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
				throw new EngineFailure(command.getFirst() + " took longer than " + timeout.toSeconds() + " s");
			}
			return new Outcome(process.exitValue(), out.get(), new String(err.get(), StandardCharsets.UTF_8));
		}
		catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new EngineFailure(command.getFirst() + " was interrupted", e);
		}
		catch (ExecutionException e) {
			throw new EngineFailure(command.getFirst() + " output could not be read", e);
		}
	}

	private static byte[] drain(InputStream stream) {
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		byte[] chunk = new byte[8192];
		try (stream) {
			int n;
			while ((n = stream.read(chunk)) >= 0) {
				if (buffer.size() < MAX_OUTPUT) {
					buffer.write(chunk, 0, n);
				}
			}
		}
		catch (IOException e) {
			// Stream closed because the process was killed: keep what was read.
		}
		return buffer.toByteArray();
	}
}
