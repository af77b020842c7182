package chaindesk.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Agents watching their queues: BENCH_AGENTS (20) agents, each signed in through the login form (a session of its
 * own), polling every BENCH_PAUSE seconds (2) for BENCH_SECONDS, in turn the queue page {@code /tickets} and
 * {@code GET /api/v1/tickets?breachingWithin=PT1H} (bearer token). Requests are named {@code page} and
 * {@code breaching}; with BENCH_TARGET=health they all go to /actuator/health instead (the baseline), named
 * {@code health}.
 */
public class TicketQueueSimulation extends Simulation {

	private static final String BASE = setting("BENCH_BASE", "http://localhost:8080");
	private static final String AGENT = setting("BENCH_AGENT", "agent1");
	private static final String TARGET = setting("BENCH_TARGET", "queue");
	private static final int AGENTS = Integer.parseInt(setting("BENCH_AGENTS", "20"));
	private static final int SECONDS = Integer.parseInt(setting("BENCH_SECONDS", "120"));
	private static final int PAUSE = Integer.parseInt(setting("BENCH_PAUSE", "2"));

	private final String token = signIn();

	private final HttpProtocolBuilder protocol = http.baseUrl(BASE).disableFollowRedirect();

	private final ScenarioBuilder agents = "health".equals(TARGET)
			? scenario("agents").during(Duration.ofSeconds(SECONDS)).on(
					http("health").get("/actuator/health").check(status().is(200)), pause(),
					http("health").get("/actuator/health").check(status().is(200)), pause())
			: scenario("agents")
					.exec(http("login-form").get("/login").check(status().is(200),
							css("input[name=_csrf]", "value").saveAs("csrf")))
					.exec(http("login").post("/login")
							.formParam("username", AGENT).formParam("password", "chaindesk").formParam("_csrf", "#{csrf}")
							.check(status().in(302, 303)))
					.during(Duration.ofSeconds(SECONDS)).on(
							http("page").get("/tickets").check(status().is(200)),
							pause(),
							http("breaching").get("/api/v1/tickets?breachingWithin=PT1H&page=0&size=50")
									.header("Authorization", "Bearer " + token).header("Accept", "application/json")
									.check(status().is(200)),
							pause());

	private static io.gatling.javaapi.core.ChainBuilder pause() {
		return io.gatling.javaapi.core.CoreDsl.exec(io.gatling.javaapi.core.CoreDsl.pause(Duration.ofMillis(PAUSE * 500L),
				Duration.ofMillis(PAUSE * 1500L)));
	}

	{
		String[] measured = "health".equals(TARGET) ? new String[] { "health" } : new String[] { "page", "breaching" };
		var assertions = new java.util.ArrayList<io.gatling.javaapi.core.Assertion>();
		for (String name : measured) {
			assertions.add(details(name).successfulRequests().count().gte(0L));
			assertions.add(details(name).failedRequests().count().gte(0L));
			assertions.add(details(name).responseTime().percentile(50).gte(0));
			assertions.add(details(name).responseTime().percentile(95).gte(0));
			assertions.add(details(name).responseTime().max().gte(0));
		}
		// Assertions print the measured figures ("actual : …") for the bench script to read; they do not fail the run.
		setUp(agents.injectOpen(atOnceUsers(AGENTS))).protocols(protocol).assertions(assertions);
	}

	private static String setting(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	private static String signIn() {
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + "/api/v1/auth/token"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + AGENT + "\",\"password\":\"chaindesk\"}"))
					.build();
			String body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
			Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
			if (!token.find()) {
				throw new IllegalStateException("Sign-in failed: " + body);
			}
			return token.group(1);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
