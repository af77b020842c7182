package com.chaindesk.ticket;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.chaindesk.ApiCaller;
import com.chaindesk.ChainDeskApplication;
import com.chaindesk.ChainDeskTest;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live updates: a change made through the API reaches open event streams whose scope covers the ticket, and only
 * those, on this instance and on another instance of the same database.
 */
@ChainDeskTest
class TicketStreamTests {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Test
	void aChangeReachesSubscribersInScopeAndNoOneElse() throws Exception {
		ApiCaller admin = ApiCaller.as(port, "admin");
		long beijing = TicketFixtures.storeId(admin, "BJ-CY-02");
		long guangzhou = TicketFixtures.storeId(admin, TicketFixtures.OTHER_STORE);
		try (Stream hq = Stream.open(port, "admin"); Stream otherStore = Stream.open(port, "manager2")) {
			long id = TicketFixtures.open(admin, beijing).get("id").asLong();
			assertThat(hq.nextTicket()).isEqualTo(id);
			admin.post("/api/v1/tickets/" + id + "/comments", java.util.Map.of("text", "门店已重启打印机"));
			assertThat(hq.nextTicket()).isEqualTo(id);

			// manager2's stream works: it hears of its own store's ticket, and that is the first thing it hears.
			long own = TicketFixtures.open(admin, guangzhou).get("id").asLong();
			assertThat(otherStore.nextTicket()).isEqualTo(own);
			assertThat(hq.nextTicket()).isEqualTo(own);
		}
	}

	@Test
	void aChangeOnOneInstanceReachesASubscriberOfAnother() throws Exception {
		String url = ((HikariDataSource) dataSource).getJdbcUrl();
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(ChainDeskApplication.class).profiles("test")
				.run("--server.port=0", "--chaindesk.db.url=" + url, "--spring.datasource.url=" + url,
						"--spring.datasource.username=postgres", "--spring.datasource.password=",
						"--chaindesk.demo.enabled=false")) {
			int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
			ApiCaller admin = ApiCaller.as(port, "admin");
			long store = TicketFixtures.storeId(admin, "BJ-CY-02");
			try (Stream onSecond = Stream.open(secondPort, "agent1")) {
				long id = TicketFixtures.open(admin, store).get("id").asLong();
				assertThat(onSecond.nextTicket()).isEqualTo(id);
			}
		}
	}

	/** An open text/event-stream, its ticket events collected as they come. */
	static final class Stream implements AutoCloseable {
		private final BlockingQueue<String> tickets = new LinkedBlockingQueue<>();
		private final CompletableFuture<HttpResponse<java.util.stream.Stream<String>>> response;

		private Stream(CompletableFuture<HttpResponse<java.util.stream.Stream<String>>> response) {
			this.response = response;
		}

		static Stream open(int port, String username) throws Exception {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/tickets/stream"))
					.header("Authorization", "Bearer " + TicketFixtures.token(port, username))
					.header("Accept", "text/event-stream").GET().build();
			BlockingQueue<String> ready = new LinkedBlockingQueue<>();
			Stream stream = new Stream(HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines()));
			HttpResponse<java.util.stream.Stream<String>> open = stream.response.get(10, TimeUnit.SECONDS);
			assertThat(open.statusCode()).isEqualTo(200);
			assertThat(open.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
			Thread.ofVirtual().start(() -> {
				String[] event = { "" };
				try {
					open.body().forEach(line -> {
						if (line.startsWith("event:")) {
							event[0] = line.substring(6).strip();
						}
						else if (line.startsWith("data:")) {
							(event[0].equals("ready") ? ready : stream.tickets).add(line.substring(5).strip());
						}
					});
				}
				catch (java.io.UncheckedIOException closed) {
					// the test closed the stream
				}
			});
			assertThat(ready.poll(10, TimeUnit.SECONDS)).as("the stream says it is open").isNotNull();
			return stream;
		}

		long nextTicket() throws InterruptedException {
			String id = tickets.poll(10, TimeUnit.SECONDS);
			assertThat(id).as("a ticket event within 10 s").isNotNull();
			return Long.parseLong(id);
		}

		@Override
		public void close() {
			response.thenAccept(r -> r.body().close());
			response.cancel(true);
		}
	}
}
