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

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Tickets opened through {@code POST /api/v1/tickets} at a fixed arrival rate: random stores of the whole chain,
 * random leaf categories the store offers, every type and impact × urgency, by several people with tokens of their
 * own (HQ admin and the L1 agent open for any store; store managers for their own store only).
 * Environment: BENCH_BASE, BENCH_RATE (tickets/s), BENCH_SECONDS, BENCH_RAMP (seconds rising from a tenth of the rate
 * first, counted apart as {@code create-warmup}; 0 for none). With BENCH_USERS set the rate is not fixed: that many
 * people each open their next ticket as soon as the last one is answered (a closed model, like pgbench's clients),
 * which measures how many tickets per second the application can serve at all.
 */
public class TicketCreateSimulation extends Simulation {

	private static final String BASE = BenchApi.setting("BENCH_BASE", "http://localhost:8080");
	private static final int RATE = Integer.parseInt(BenchApi.setting("BENCH_RATE", "600"));
	private static final int SECONDS = Integer.parseInt(BenchApi.setting("BENCH_SECONDS", "120"));
	private static final int RAMP = Integer.parseInt(BenchApi.setting("BENCH_RAMP", "0"));
	private static final int USERS = Integer.parseInt(BenchApi.setting("BENCH_USERS", "0"));
	private static final String[] TYPES = { "INCIDENT", "INCIDENT", "INCIDENT", "REQUEST", "COMPLAINT", "CALLBACK" };
	private static final String[] LEVELS = { "LOW", "MEDIUM", "HIGH" };

	/** Who opens tickets for which stores: any store (null) or the one store of a manager. */
	private record Opener(String token, Long store) {
	}

	private record Store(long id, List<String> categories) {
	}

	private final List<Store> stores;
	private final List<Opener> openers = new ArrayList<>();

	{
		String admin = BenchApi.signIn(BASE, "admin");
		stores = stores(admin);
		openers.add(new Opener(admin, null));
		openers.add(new Opener(BenchApi.signIn(BASE, "agent1"), null));
		for (String manager : List.of("manager1", "manager2")) {
			String token = BenchApi.signIn(BASE, manager);
			Long own = ownStore(manager, token);
			if (own != null) {
				openers.add(new Opener(token, own));
			}
		}
	}

	private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
			.acceptHeader("application/json")
			.contentTypeHeader("application/json")
			.shareConnections();

	private final Iterator<Map<String, Object>> drafts = Stream.generate(this::draft).iterator();

	private Map<String, Object> draft() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		Opener opener = openers.get(random.nextInt(openers.size()));
		Store store = opener.store() == null ? stores.get(random.nextInt(stores.size()))
				: stores.stream().filter(s -> s.id() == opener.store()).findFirst().orElseThrow();
		String category = store.categories().get(random.nextInt(store.categories().size()));
		String body = """
				{"type":"%s","store":%d,"category":"%s","subject":"压测工单 %d","description":"Opened by the benchmark: %s does not work as it should.","impact":"%s","urgency":"%s"%s}"""
				.formatted(TYPES[random.nextInt(TYPES.length)], store.id(), category, random.nextInt(1_000_000), category,
						LEVELS[random.nextInt(3)], LEVELS[random.nextInt(3)],
						// POS reports must name the register (a required custom field of the category)
						category.startsWith("pos") ? ",\"fields\":{\"register\":\"0" + (1 + random.nextInt(8)) + "\"}" : "");
		return Map.of("token", opener.token(), "body", body);
	}

	private ScenarioBuilder scenarioNamed(String name) {
		return scenario(name).feed(drafts)
				.exec(http(name).post("/api/v1/tickets")
						.header("Authorization", "Bearer #{token}")
						.body(StringBody("#{body}"))
						.check(status().is(201)));
	}

	{
		String measured = "create";
		var run = USERS > 0 ? scenarioNamed(measured).injectClosed(constantConcurrentUsers(USERS).during(SECONDS))
				: scenarioNamed(measured).injectOpen(constantUsersPerSec(RATE).during(SECONDS));
		if (RAMP > 0) {
			run = scenarioNamed(measured + "-warmup").injectOpen(rampUsersPerSec(Math.max(1, RATE / 10)).to(RATE).during(RAMP))
					.andThen(run);
		}
		setUp(run).protocols(protocol).assertions(BenchApi.figures(measured));
	}

	/** A manager's own store: the one store whose categories they may read. */
	private Long ownStore(String manager, String token) {
		for (Store store : stores) {
			if (BenchApi.call(BASE, "GET", "/api/v1/tickets/categories?store=" + store.id(), token, null).startsWith("[")) {
				return store.id();
			}
		}
		return null;
	}

	private static List<Store> stores(String token) {
		List<Store> stores = new ArrayList<>();
		for (int page = 0; ; page++) {
			String body = BenchApi.call(BASE, "GET", "/api/v1/org/stores?size=100&page=" + page, token, null);
			int before = stores.size();
			Matcher id = Pattern.compile("\\{\"id\"\\s*:\\s*(\\d+)").matcher(body);
			while (id.find()) {
				long store = Long.parseLong(id.group(1));
				stores.add(new Store(store, leafCategories(BenchApi.call(BASE, "GET", "/api/v1/tickets/categories?store=" + store, token, null))));
			}
			if (stores.size() - before < 100) {
				break;
			}
		}
		if (stores.isEmpty()) {
			throw new IllegalStateException("No stores visible to admin at " + BASE);
		}
		return stores;
	}

	/** Codes of categories without children (a leaf's object closes with "children":[]). */
	private static List<String> leafCategories(String tree) {
		List<String> leaves = new ArrayList<>();
		Matcher leaf = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"[^\\[\\]{}]*\"children\"\\s*:\\s*\\[\\s*\\]").matcher(tree);
		while (leaf.find()) {
			leaves.add(leaf.group(1));
		}
		if (leaves.isEmpty()) {
			throw new IllegalStateException("No leaf categories in " + tree);
		}
		return leaves;
	}

}
