package chaindesk.bench;

import java.time.Duration;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
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

	private static final String BASE = BenchApi.setting("BENCH_BASE", "http://localhost:8080");
	private static final String AGENT = BenchApi.setting("BENCH_AGENT", "agent1");
	private static final String TARGET = BenchApi.setting("BENCH_TARGET", "queue");
	private static final int AGENTS = Integer.parseInt(BenchApi.setting("BENCH_AGENTS", "20"));
	private static final int SECONDS = Integer.parseInt(BenchApi.setting("BENCH_SECONDS", "120"));
	private static final int PAUSE = Integer.parseInt(BenchApi.setting("BENCH_PAUSE", "2"));

	private final String token = BenchApi.signIn(BASE, AGENT);

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
			assertions.addAll(java.util.List.of(BenchApi.figures(name)));
		}
		setUp(agents.injectOpen(atOnceUsers(AGENTS))).protocols(protocol).assertions(assertions);
	}

}
