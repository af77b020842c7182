package com.chaindesk.identity;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.chaindesk.ApiCaller;
import com.chaindesk.ChainDeskApplication;
import com.chaindesk.ChainDeskTest;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only shows with a second instance: a session begun on one is known to the other on the same database, and a
 * database without accounts gets its first administrator when the demo is off.
 */
@ChainDeskTest
@ExtendWith(OutputCaptureExtension.class)
class SecondInstanceTests {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	/** Started with command-line arguments, which outrank application-test.yml (builder properties would not). */
	private static ConfigurableApplicationContext start(String... args) {
		return new SpringApplicationBuilder(ChainDeskApplication.class).profiles("test").run(args);
	}

	private static int portOf(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	/** Signs in as a browser would (sign-in page, CSRF token, form post) and returns the SESSION cookie. */
	private String signInThroughTheForm(String username, String password) throws IOException, InterruptedException {
		HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		HttpResponse<String> loginPage = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage.body());
		assertThat(csrf.find()).as("the sign-in form carries a CSRF token").isTrue();
		String form = "username=" + username + "&password=" + password + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "SESSION=" + session(loginPage))
				.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/");
		// A new session id after signing in (no session fixation), which the second instance must know.
		return session(signedIn);
	}

	private HttpResponse<String> home(int port, String session) throws IOException, InterruptedException {
		return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).header("Cookie", "SESSION=" + session)
						.header("Accept-Language", "zh-CN").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void disablingAnAccountEndsItsSessions(@Autowired UserAccounts accounts,
			@Autowired org.springframework.transaction.support.TransactionTemplate transaction) throws Exception {
		AccountView person = new IdentityFixtures(accounts, transaction, jdbc).hqAccount("session-end",
				com.chaindesk.platform.Role.L1_AGENT);
		String session = signInThroughTheForm(person.username(), IdentityFixtures.PASSWORD);
		assertThat(home(port, session).statusCode()).isEqualTo(200);
		assertThat(ApiCaller.as(port, "admin").post("/api/v1/identity/users/" + person.id() + "/disable", Map.of()).status())
				.isEqualTo(200);
		HttpResponse<String> after = home(port, session);
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location").orElse("")).endsWith("/login");
	}

	private static String session(HttpResponse<?> response) {
		return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
				.map(c -> c.substring("SESSION=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst()
				.orElseThrow(() -> new AssertionError("no SESSION cookie in " + response.headers().map()));
	}

	@Test
	void aSessionBegunOnOneInstanceIsKnownToASecondOnTheSameDatabase() throws Exception {
		String session = signInThroughTheForm("admin", "chaindesk");

		String url = ((HikariDataSource) dataSource).getJdbcUrl();
		try (ConfigurableApplicationContext second = start("--server.port=0", "--chaindesk.db.url=" + url,
				"--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--spring.datasource.password=",
				"--chaindesk.demo.enabled=false")) {
			HttpResponse<String> home = home(portOf(second), session);
			assertThat(home.statusCode()).isEqualTo(200);
			assertThat(home.body()).contains("欢迎", "王敏");
			assertThat(home(portOf(second), "bm90LWEtc2Vzc2lvbg").statusCode()).as("an unknown session").isEqualTo(302);
		}
		assertThat(jdbc.sql("select count(*) from identity.user_account where username = 'admin'").query(Long.class).single())
				.as("the second instance, demo off, found accounts and opened no other admin").isEqualTo(1);
	}

	@Test
	void anEmptyDatabaseWithoutTheDemoGetsAnAdministratorWithAPasswordShownOnce(CapturedOutput output) throws IOException {
		try (ConfigurableApplicationContext fresh = start("--server.port=0", "--chaindesk.demo.enabled=false")) {
			Matcher password = Pattern.compile("password: (\\S{20})").matcher(output.getAll());
			assertThat(password.find()).as("the generated password is in the log").isTrue();
			ApiCaller admin = ApiCaller.as(portOf(fresh), "admin", password.group(1));
			ApiCaller.Reply whoami = admin.get("/api/v1/auth/whoami");
			assertThat(whoami.json().get("roles").get(0).asString()).isEqualTo("HQ_ADMIN");
			assertThat(ApiCaller.anonymous(portOf(fresh)).post("/api/v1/auth/token",
					Map.of("username", "admin", "password", "chaindesk")).status()).isEqualTo(401);
		}
	}

	@Test
	void theFirstAdministratorTakesThePasswordFromTheEnvironment() {
		try (ConfigurableApplicationContext fresh = start("--server.port=0", "--chaindesk.demo.enabled=false",
				"--chaindesk.admin.password=from-the-environment")) {
			assertThat(ApiCaller.as(portOf(fresh), "admin", "from-the-environment").get("/api/v1/auth/whoami").status())
					.isEqualTo(200);
		}
	}
}
