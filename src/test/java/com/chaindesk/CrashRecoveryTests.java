package com.chaindesk;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ChainDesk as a separate process, killed with {@code kill -9} while stores are opening tickets: no ticket is left
 * half-made (each commits with its dispatch and clocks), and after the restart every ticket that was acknowledged is
 * held as the rule book says, its SLA clocks counting from the moment it was opened, not from the restart. The embedded PostgreSQL outlives the killed JVM (it runs as processes of its own):
 * the restart stops that leftover first. A last round kills PostgreSQL too, leaving a stale pid file, and the start
 * must just work.
 */
class CrashRecoveryTests {

	private static final Duration PATIENCE = Duration.ofSeconds(90);
	private static final String[] CATEGORIES = { "printer-receipt", "pos-terminal", "esl-offline", "network-down", "store-app-crash" };

	private Path dataDir;
	private Process app;
	private int port;

	@Test
	void ticketsOpenedJustBeforeAKillAreDispatchedAfterTheRestartWithClocksFromTheirOpening() throws Exception {
		dataDir = Files.createTempDirectory("chaindesk-crash");
		port = freePort();
		app = start("first");

		// A burst from one store, from several tills at once; the JVM is killed while the burst is still running.
		ApiCaller staff = ApiCaller.as(port, "staff1");
		long store = staff.get("/api/v1/auth/whoami").json().get("scope").get("storeId").asLong();
		ConcurrentLinkedQueue<Long> acknowledged = new ConcurrentLinkedQueue<>();
		AtomicBoolean stop = new AtomicBoolean();
		ExecutorService tills = Executors.newFixedThreadPool(6);
		for (int t = 0; t < 6; t++) {
			int till = t;
			tills.submit(() -> {
				for (int i = 0; !stop.get(); i++) {
					boolean urgent = i % 3 == 0;
					String category = CATEGORIES[(till + i) % CATEGORIES.length];
					ApiCaller.Reply reply;
					try {
						reply = staff.post("/api/v1/tickets", Map.of("type", "INCIDENT", "store", store, "category", category,
								"subject", "收银台" + till + "故障 " + i, "description", "崩溃测试", "impact", urgent ? "HIGH" : "MEDIUM",
								"urgency", urgent ? "HIGH" : "LOW"));
					}
					catch (IllegalStateException connectionGone) {
						return;
					}
					if (reply.status() == 201) {
						acknowledged.add(reply.json().get("id").asLong());
					}
				}
			});
		}
		waitFor("40 tickets acknowledged", () -> acknowledged.size() >= 40 ? Boolean.TRUE : null);
		app.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no graceful anything
		assertThat(app.waitFor(20, TimeUnit.SECONDS)).isTrue();
		assertThat(app.exitValue()).as("killed by SIGKILL (128 + 9)").isEqualTo(137);
		stop.set(true);
		tills.shutdown();
		assertThat(tills.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		List<Long> tickets = List.copyOf(acknowledged);

		// PostgreSQL lived on. A ticket commits with its dispatch and its clocks, so the kill left none half-made:
		// not the acknowledged ones, nor those committed while their 201 was still on its way.
		long postmaster = postmasterPid();
		assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).as("the embedded PostgreSQL survives the JVM").contains(true);
		try (Connection db = database()) {
			assertThat(count(db, "select count(*) from ticket.ticket where status = 'NEW'", List.of()))
					.as("tickets left undispatched at the kill").isZero();
			assertThat(count(db, "select count(*) from ticket.ticket t where (select count(*) from sla.clock c "
					+ "where c.ticket_id = t.id and c.kind in ('RESPONSE', 'RESOLUTION')) <> 2", List.of()))
					.as("tickets left without their two clocks at the kill").isZero();
			assertThat(count(db, "select count(*) from ticket.ticket where id = any(?)", tickets)).isEqualTo(tickets.size());
		}

		Instant restarted = Instant.now();
		app = start("second");
		assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)).as("the leftover PostgreSQL was stopped")
				.isFalse();

		ApiCaller admin = ApiCaller.as(port, "admin");
		waitFor("every ticket held and clocked, and no publication left over", () -> {
			try (Connection db = database()) {
				long held = count(db, "select count(*) from ticket.ticket where status <> 'NEW' and id = any(?)", tickets);
				long clocks = count(db, "select count(distinct ticket_id) from sla.clock where ticket_id = any(?)", tickets);
				long incomplete = count(db, "select count(*) from event_publication where completion_date is null", List.of());
				return held == tickets.size() && clocks == tickets.size() && incomplete == 0 ? Boolean.TRUE : null;
			}
		});
		for (long id : tickets) {
			JsonNode ticket = admin.get("/api/v1/tickets/" + id).json();
			JsonNode route = admin.post("/api/v1/dispatch/preview", Map.of("store", store, "category", ticket.get("category").asString(),
					"priority", ticket.get("priority").asString())).json();
			JsonNode held = ticket.get("assignment");
			assertThat(held.get("tier").asString()).as("tier of " + id).isEqualTo(route.get("tier").asString());
			assertThat(held.get("team").asLong(-1)).as("team of " + id).isEqualTo(route.get("team").asLong(-1));
			assertThat(held.get("vendor").asLong(-1)).as("vendor of " + id).isEqualTo(route.get("vendor").asLong(-1));

			Instant opened = Instant.parse(ticket.get("createdAt").asString());
			assertThat(opened).isBefore(restarted);
			// The chain's own two clocks; a ticket the rules hand to a vendor also runs the vendor's contract clocks.
			List<JsonNode> clocks = admin.get("/api/v1/sla/tickets/" + id).json().get("clocks").valueStream()
					.filter(c -> !c.get("kind").asString().startsWith("VENDOR_")).toList();
			assertThat(clocks).hasSize(2);
			for (JsonNode clock : clocks) {
				assertThat(Instant.parse(clock.get("startedAt").asString())).as(clock.get("kind") + " clock of " + id + " starts at its opening")
						.isEqualTo(opened);
				Instant due = Instant.parse(clock.get("dueAt").asString());
				if (clock.get("alwaysOn").asBoolean()) { // P1: around the clock, so due is exactly opening + target
					assertThat(due).isEqualTo(opened.plus(Duration.ofMinutes(clock.get("targetMinutes").asInt())));
				}
				else {
					assertThat(due).isAfter(opened);
				}
				if (clock.get("kind").asString().equals("RESPONSE")) {
					assertThat(clock.get("state").asString()).as("response clock of " + id + ": routed, but nobody took it up yet")
							.isIn("RUNNING", "BREACHED");
				}
				else {
					assertThat(clock.get("state").asString()).as("resolution clock of " + id).isEqualTo("RUNNING");
				}
			}
		}

		// Power cut: the JVM and PostgreSQL die together; the pid file stays behind, stale, and the start just works.
		app.destroyForcibly();
		app.waitFor(20, TimeUnit.SECONDS);
		ProcessHandle leftover = ProcessHandle.of(postmasterPid()).orElseThrow();
		leftover.descendants().forEach(ProcessHandle::destroyForcibly);
		leftover.destroyForcibly();
		leftover.onExit().get(20, TimeUnit.SECONDS);
		assertThat(dataDir.resolve("postgres/postmaster.pid")).as("a stale pid file").exists();
		app = start("third");
		assertThat(ApiCaller.as(port, "admin").get("/api/v1/tickets/" + tickets.get(0)).status()).isEqualTo(200);
	}

	@AfterEach
	void cleanUp() throws Exception {
		if (app != null) {
			app.destroy(); // a graceful stop also stops its PostgreSQL
			if (!app.waitFor(30, TimeUnit.SECONDS)) {
				app.destroyForcibly();
			}
		}
		if (dataDir != null) {
			Path pidFile = dataDir.resolve("postgres/postmaster.pid");
			if (Files.exists(pidFile)) {
				ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).strip())).ifPresent(ProcessHandle::destroy);
			}
			FileSystemUtils.deleteRecursively(dataDir);
		}
	}

	private Process start(String run) throws Exception {
		Path log = dataDir.resolve(run + ".log");
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
				"com.chaindesk.ChainDeskApplication", "--chaindesk.dispatch.auto=true", "--chaindesk.demo.history.enabled=false",
				"--spring.main.banner-mode=off", "--logging.level.root=WARN", "--logging.level.com.chaindesk=INFO")
				.redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().put("CHAINDESK_DATA_DIR", dataDir.toString());
		builder.environment().put("SERVER_PORT", Integer.toString(port));
		Process process = builder.start();
		HttpClient http = HttpClient.newHttpClient();
		waitFor("the " + run + " start to report UP (see " + log + ")", () -> {
			if (!process.isAlive()) {
				throw new AssertionError("ChainDesk exited during its " + run + " start: " + tail(log));
			}
			try {
				HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
						.timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
				return health.statusCode() == 200 && health.body().contains("\"UP\"") ? Boolean.TRUE : null;
			}
			catch (IOException e) {
				return null;
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		});
		return process;
	}

	private long postmasterPid() throws IOException {
		return Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(0).strip());
	}

	/** The embedded PostgreSQL, at the port its pid file names (line 4). */
	private Connection database() throws IOException, SQLException {
		String dbPort = Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(3).strip();
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + dbPort + "/postgres", "postgres", "");
	}

	private static long count(Connection db, String sql, List<Long> ids) {
		try (var statement = db.prepareStatement(sql)) {
			if (sql.contains("?")) {
				statement.setArray(1, db.createArrayOf("bigint", ids.toArray()));
			}
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	@FunctionalInterface
	private interface Check<T> {
		T get() throws Exception;
	}

	private static <T> T waitFor(String what, Check<T> check) throws Exception {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (System.nanoTime() < deadline) {
			T value = check.get();
			if (value != null) {
				return value;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("timed out waiting for " + what);
	}

	private static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException e) {
			return "(no log)";
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
