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
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * {@code GET /api/v1/config/effective?store=} for random stores at a fixed arrival rate, after the same rate on
 * {@code /actuator/health} as the baseline of what this machine and server serve at all.
 * Properties: base (http://localhost:8080), rate (requests/s), seconds.
 */
public class ConfigEffectiveSimulation extends Simulation {

	private static final String BASE = System.getProperty("base", "http://localhost:8080");
	private static final int RATE = Integer.getInteger("rate", 2000);
	private static final int SECONDS = Integer.getInteger("seconds", 60);

	private final String token = signIn();
	private final List<Long> stores = storeIds(token);

	private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
			.acceptHeader("application/json")
			.shareConnections();

	private final Iterator<Map<String, Object>> randomStores = Stream
			.generate(() -> Map.<String, Object>of("store", stores.get(ThreadLocalRandom.current().nextInt(stores.size()))))
			.iterator();

	private final ScenarioBuilder health = scenario("baseline")
			.exec(http("health").get("/actuator/health").check(status().is(200)));

	private final ScenarioBuilder effective = scenario("config")
			.feed(randomStores)
			.exec(http("config-effective").get("/api/v1/config/effective?store=#{store}")
					.header("Authorization", "Bearer " + token)
					.check(status().is(200)));

	{
		setUp(health.injectOpen(constantUsersPerSec(RATE).during(SECONDS))
				.andThen(effective.injectOpen(constantUsersPerSec(RATE).during(SECONDS))))
				.protocols(protocol)
				.assertions(global().failedRequests().percent().lte(1.0));
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
		for (int page = 0; ; page++) {
			String body = call("GET", "/api/v1/org/stores?size=200&page=" + page, token, null);
			int before = ids.size();
			Matcher id = Pattern.compile("\\{\"id\"\\s*:\\s*(\\d+)").matcher(body);
			while (id.find()) {
				ids.add(Long.parseLong(id.group(1)));
			}
			if (ids.size() == before || ids.size() - before < 200) {
				break;
			}
		}
		if (ids.isEmpty()) {
			throw new IllegalStateException("No stores visible to admin");
		}
		System.out.println("Load over " + ids.size() + " stores");
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
