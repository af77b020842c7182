package chaindesk.bench;

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

	private static final String BASE = BenchApi.setting("BENCH_BASE", "http://localhost:8080");
	private static final String TARGET = BenchApi.setting("BENCH_TARGET", "config");
	private static final int RATE = Integer.parseInt(BenchApi.setting("BENCH_RATE", "2000"));
	private static final int SECONDS = Integer.parseInt(BenchApi.setting("BENCH_SECONDS", "60"));
	private static final int RAMP = Integer.parseInt(BenchApi.setting("BENCH_RAMP", "0"));

	private final String token = BenchApi.signIn(BASE, "admin");
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
		setUp(run).protocols(protocol).assertions(BenchApi.figures(measured));
	}

	private static List<Long> storeIds(String token) {
		List<Long> ids = new ArrayList<>();
		String body = "";
		for (int page = 0; ; page++) {
			body = BenchApi.call(BASE, "GET", "/api/v1/org/stores?size=100&page=" + page, token, null);
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

}
