package chaindesk.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * A fixed arrival rate on one target: {@code health} ({@code /actuator/health}, the baseline of what this machine and
 * server do at all) or {@code config} ({@code GET /api/v1/config/effective?store=} for random stores).
 * Environment (the Gatling plugin runs this in a JVM of its own, which inherits it): BENCH_BASE, BENCH_TARGET,
 * BENCH_RATE (requests/s), BENCH_SECONDS, BENCH_RAMP (seconds rising from a tenth of the rate first; 0 for none).
 */
public class ConfigEffectiveSimulation extends Simulation {

	private static final String BASE = setting("BENCH_BASE", "http://localhost:8080");
	private static final String TARGET = setting("BENCH_TARGET", "config");
	private static final int RATE = Integer.parseInt(setting("BENCH_RATE", "2000"));
	private static final int SECONDS = Integer.parseInt(setting("BENCH_SECONDS", "60"));
	private static final int RAMP = Integer.parseInt(setting("BENCH_RAMP", "0"));

	private final String token = signIn();
	private final List<Long> stores = storeIds(token);

	private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
			.acceptHeader("application/json")
			.shareConnections();

	private final Iterator<Map<String, Object>> randomStores = Stream
			.generate(() -> Map.<String, Object>of("store", stores.get(ThreadLocalRandom.current().nextInt(stores.size()))))
			.iterator();

	/** The target's requests under a name: the warm-up's are counted apart from the measured ones. */
	private ScenarioBuilder scenarioNamed(String name) {
		return "health".equals(TARGET)
				? scenario(name).exec(http(name).get("/actuator/health").check(status().is(200)))
				: scenario(name).feed(randomStores)
						.exec(http(name).get("/api/v1/config/effective?store=#{store}")
								.header("Authorization", "Bearer " + token)
								.check(status().is(200)));
	}

	{
		String measured = TARGET;
		var run = scenarioNamed(measured).injectOpen(constantUsersPerSec(RATE).during(SECONDS));
		if (RAMP > 0) {
			// The JIT of both JVMs and the connection pool warm up first, at a rising rate that is not measured.
			run = scenarioNamed(TARGET + "-warmup").injectOpen(rampUsersPerSec(Math.max(1, RATE / 10)).to(RATE).during(RAMP))
					.andThen(run);
		}
		// Assertions print the measured figures ("actual : …") for the bench script to read; they do not fail the run.
		setUp(run).protocols(protocol).assertions(
				details(measured).successfulRequests().count().gte(0L),
				details(measured).failedRequests().count().gte(0L),
				details(measured).responseTime().percentile(50).gte(0),
				details(measured).responseTime().percentile(95).gte(0),
				details(measured).responseTime().percentile(99).gte(0),
				details(measured).responseTime().max().gte(0));
	}

	private static String setting(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	private static String signIn() {
		String body = call("POST", "/api/v1/auth/token", null, "{\"username\":\"admin\",\"password\":\"chaindesk\"}");
		Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
		if (!token.find()) {
			throw new IllegalStateException("Sign-in failed: " + body);
		}
		return token.group(1);
	}

	private static List<Long> storeIds(String token) {
		List<Long> ids = new ArrayList<>();
		String body = "";
		for (int page = 0; ; page++) {
			body = call("GET", "/api/v1/org/stores?size=100&page=" + page, token, null);
			int before = ids.size();
			Matcher id = Pattern.compile("\\{\"id\"\\s*:\\s*(\\d+)").matcher(body);
			while (id.find()) {
				ids.add(Long.parseLong(id.group(1)));
			}
			if (ids.size() - before < 100) {
				break;
			}
		}
		if (ids.isEmpty()) {
			throw new IllegalStateException("No stores visible to admin at " + BASE + ": " + body);
		}
		return ids;
	}

	private static String call(String method, String path, String token, String json) {
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).header("Accept", "application/json");
			if (token != null) {
				request.header("Authorization", "Bearer " + token);
			}
			if (json != null) {
				request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
			}
			else {
				request.method(method, HttpRequest.BodyPublishers.noBody());
			}
			return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
