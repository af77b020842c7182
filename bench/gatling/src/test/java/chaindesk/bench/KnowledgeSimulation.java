package chaindesk.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Store people asking the knowledge base at a fixed arrival rate, one target per run: {@code search}
 * ({@code GET /api/v1/knowledge/search?q=&store=}) or {@code ask} (the chatbot, {@code POST /api/v1/assist/ask}, each
 * question a new conversation). Each request is one demo account (staff1, manager1, manager2, region1, admin, signed
 * in with a bearer token as the portal's API clients are) asking for one of the stores it may see, a question drawn
 * from BENCH_QUESTIONS (locale, tab, question per line).
 * Environment: BENCH_BASE, BENCH_TARGET, BENCH_QUESTIONS, BENCH_RATE (requests/s), BENCH_SECONDS, BENCH_RAMP
 * (seconds rising from a tenth of the rate first, reported apart; 0 for none).
 */
public class KnowledgeSimulation extends Simulation {

	private static final String BASE = BenchApi.setting("BENCH_BASE", "http://localhost:8080");
	private static final String TARGET = BenchApi.setting("BENCH_TARGET", "search");
	private static final int RATE = Integer.parseInt(BenchApi.setting("BENCH_RATE", "200"));
	private static final int SECONDS = Integer.parseInt(BenchApi.setting("BENCH_SECONDS", "60"));
	private static final int RAMP = Integer.parseInt(BenchApi.setting("BENCH_RAMP", "0"));
	private static final List<String> PEOPLE = List.of("staff1", "manager1", "manager2", "region1", "admin");

	record Asker(String token, List<Long> stores) {
	}

	private final List<Asker> askers = PEOPLE.stream().map(KnowledgeSimulation::asker).toList();
	private final List<String[]> questions = questions();

	private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
			.acceptHeader("application/json")
			.shareConnections();

	private final Iterator<Map<String, Object>> asked = Stream.generate(this::next).iterator();

	private Map<String, Object> next() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		Asker asker = askers.get(random.nextInt(askers.size()));
		String[] question = questions.get(random.nextInt(questions.size()));
		long store = asker.stores().get(random.nextInt(asker.stores().size()));
		Map<String, Object> row = new HashMap<>();
		row.put("token", asker.token());
		row.put("store", store);
		row.put("locale", question[0]);
		row.put("q", question[1]);
		row.put("body", "{\"store\":" + store + ",\"question\":\"" + question[1].replace("\\", "\\\\").replace("\"", "\\\"")
				+ "\",\"locale\":\"" + question[0] + "\"}");
		return row;
	}

	private ScenarioBuilder scenarioNamed(String name) {
		return "ask".equals(TARGET)
				? scenario(name).feed(asked)
						.exec(http(name).post("/api/v1/assist/ask")
								.header("Authorization", "Bearer #{token}")
								.header("Accept-Language", "#{locale}")
								.header("Content-Type", "application/json")
								.body(StringBody("#{body}"))
								.check(status().is(200), jsonPath("$.outcome").exists()))
				: scenario(name).feed(asked)
						.exec(http(name).get("/api/v1/knowledge/search")
								.queryParam("q", "#{q}")
								.queryParam("store", "#{store}")
								.header("Authorization", "Bearer #{token}")
								.header("Accept-Language", "#{locale}")
								.check(status().is(200)));
	}

	{
		String measured = TARGET;
		var run = scenarioNamed(measured).injectOpen(constantUsersPerSec(RATE).during(SECONDS));
		if (RAMP > 0) {
			// The JIT, the connection pools and the question vectors warm up first, at a rising rate not measured.
			run = scenarioNamed(TARGET + "-warmup").injectOpen(rampUsersPerSec(Math.max(1, RATE / 10)).to(RATE).during(RAMP))
					.andThen(run);
		}
		setUp(run).protocols(protocol).assertions(BenchApi.figures(measured));
	}

	/** Signs in and lists the stores the account may ask for (its scope decides what the store list holds). */
	private static Asker asker(String username) {
		String token = BenchApi.signIn(BASE, username);
		List<Long> ids = new ArrayList<>();
		String body = BenchApi.call(BASE, "GET", "/api/v1/org/stores?size=100", token, null);
		Matcher id = Pattern.compile("\\{\"id\"\\s*:\\s*(\\d+)").matcher(body);
		while (id.find()) {
			ids.add(Long.parseLong(id.group(1)));
		}
		if (ids.isEmpty()) {
			throw new IllegalStateException("No stores visible to " + username + " at " + BASE + ": " + body);
		}
		return new Asker(token, ids);
	}

	private static List<String[]> questions() {
		try {
			return Files.readAllLines(Path.of(BenchApi.setting("BENCH_QUESTIONS", "questions.tsv")), StandardCharsets.UTF_8)
					.stream().filter(line -> line.contains("\t")).map(line -> line.split("\t", 2)).toList();
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException("BENCH_QUESTIONS must name the questions file", e);
		}
	}
}
