package com.chaindesk;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.StoreRef;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one database, as in a cluster: what one instance changes, the other obeys at once, even for the
 * things instances remember to answer fast (accepted tokens, settings).
 */
@ChainDeskTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterTests {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	OrgDirectory org;

	private ConfigurableApplicationContext second;
	private int secondPort;

	@BeforeAll
	void startASecondInstanceOnTheSameDatabase() {
		String url = ((HikariDataSource) dataSource).getJdbcUrl();
		second = new SpringApplicationBuilder(ChainDeskApplication.class).profiles("test").run("--server.port=0",
				"--chaindesk.db.url=" + url, "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--chaindesk.demo.enabled=false");
		secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
	}

	@AfterAll
	void stopIt() {
		if (second != null) {
			second.close();
		}
	}

	@Test
	void aTokenRevokedOnOneInstanceIsRefusedByTheOther() {
		ApiCaller admin = ApiCaller.as(port, "admin");
		ApiCaller.Reply created = admin.post("/api/v1/auth/tokens", Map.of("name", "cluster test", "validDays", 1, "readOnly", true));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		ApiCaller onSecond = ApiCaller.withToken(secondPort, created.json().get("token").asString());
		assertThat(onSecond.get("/api/v1/auth/whoami").status()).as("accepted, and now remembered").isEqualTo(200);
		assertThat(onSecond.get("/api/v1/auth/whoami").status()).isEqualTo(200);

		assertThat(admin.delete("/api/v1/auth/tokens/" + created.json().get("id").asLong()).status()).isEqualTo(204);

		ApiCaller.Reply refused = eventually(() -> onSecond.get("/api/v1/auth/whoami"), reply -> reply.status() == 401);
		assertThat(refused.json().get("reason").asString()).isEqualTo("REVOKED");
	}

	@Test
	void aSettingChangedOnOneInstanceHoldsOnTheOther() {
		StoreRef store = org.storesOfRegion(org.regions().get(1).id()).getFirst();
		String path = "/api/v1/config/effective?store=" + store.id();
		ApiCaller adminOnSecond = ApiCaller.as(secondPort, "admin");
		assertThat(greeting(adminOnSecond.get(path))).as("read, and now remembered").doesNotContain("集群测试");

		ApiCaller.Reply set = ApiCaller.as(port, "admin").put("/api/v1/config/store.greeting?scope=store:" + store.id(),
				Map.of("value", Map.of("zh-CN", "集群测试：今天十点盘点", "zh-TW", "叢集測試：今天十點盤點", "en", "Cluster test: stocktake at ten")));
		assertThat(set.status()).as(set.body()).isEqualTo(200);

		ApiCaller.Reply after = eventually(() -> adminOnSecond.get(path), reply -> greeting(reply).contains("集群测试"));
		assertThat(greeting(after)).contains("今天十点盘点");
	}

	private static String greeting(ApiCaller.Reply reply) {
		for (var entry : reply.json()) {
			if ("store.greeting".equals(entry.get("key").asString())) {
				return entry.get("value").toString();
			}
		}
		throw new AssertionError("no store.greeting in " + reply.body());
	}

	/** Asks again for up to two seconds: the other instance hears of the change when the change commits. */
	private static ApiCaller.Reply eventually(Supplier<ApiCaller.Reply> ask, java.util.function.Predicate<ApiCaller.Reply> done) {
		long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
		ApiCaller.Reply reply = ask.get();
		while (!done.test(reply) && System.nanoTime() < deadline) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
			reply = ask.get();
		}
		assertThat(done.test(reply)).as("the other instance obeyed within 2 s: %s", reply).isTrue();
		return reply;
	}
}
