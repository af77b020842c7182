package com.chaindesk.ticket;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.chaindesk.ApiCaller;
import com.chaindesk.ChainDeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What opening a ticket costs the database: the ticket, its dispatch, its two SLA clocks and four timers, its audit
 * entries and its signal to the other instances, all in one transaction of a fixed, small number of statements
 * (bench/ticket-create.sh measures what that buys). A new statement here is a cost every store report pays.
 */
@ChainDeskTest
class TicketOpeningCostTests {

	@LocalServerPort
	int port;

	@Test
	void openingAndDispatchingATicketIsOneTransactionOfAFixedHandfulOfStatements() throws Exception {
		ApiCaller admin = ApiCaller.as(port, "admin");
		boolean auto = admin.get("/api/v1/dispatch/auto").json().get("enabled").asBoolean();
		admin.put("/api/v1/dispatch/auto", Map.of("enabled", true));
		try {
			long store = TicketFixtures.storeId(admin, TicketFixtures.FIRST_STORE);
			String token = TicketFixtures.token(port, "staff1");
			opened(token, store, "warm-up");
			JsonNode ticket = opened(token, store, "opening");
			assertThat(ticket.get("status").asString()).as("dispatched as it opened").isEqualTo("ASSIGNED");
			assertThat(ticket.get("assignment").get("team").isNull()).isFalse();
			int statements = StatementCounter.count("opening");
			// The agents' load, the ticket (numbered in its insert), timeline, watchers, dispatch decision, clocks
			// (with their holder), timers, the agent's hold (its ticket's state, then the hold), audit heads, audit
			// entries, signal: 12. Each test-only listener of this context (TicketEventsHeard, SlaEventsHeard,
			// EscalationsHeard) adds an event publication: 3 more.
			assertThat(statements).as("statements to open and dispatch one ticket").isLessThanOrEqualTo(15);
		}
		finally {
			admin.put("/api/v1/dispatch/auto", Map.of("enabled", auto));
		}
	}

	private JsonNode opened(String token, long store, String key) throws Exception {
		String body = JsonMapper.builder().build().writeValueAsString(TicketFixtures.report(store));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/tickets"))
				.header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
				.header(StatementCounter.HEADER, key).POST(HttpRequest.BodyPublishers.ofString(body)).build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return JsonMapper.builder().build().readTree(response.body());
	}
}
