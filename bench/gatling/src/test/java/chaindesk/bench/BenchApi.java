package chaindesk.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gatling.javaapi.core.Assertion;

import static io.gatling.javaapi.core.CoreDsl.details;

/**
 * What every simulation needs before and after its load: its settings from the environment, plain JSON calls to
 * ChainDesk to sign in and look things up, and the assertions whose "actual" values the bench scripts read.
 */
final class BenchApi {

	private BenchApi() {
	}

	static String setting(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	/** A bearer token of a demo account (password {@code chaindesk}). */
	static String signIn(String base, String username) {
		String body = call(base, "POST", "/api/v1/auth/token", null,
				"{\"username\":\"" + username + "\",\"password\":\"chaindesk\"}");
		Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
		if (!token.find()) {
			throw new IllegalStateException("Sign-in of " + username + " failed: " + body);
		}
		return token.group(1);
	}

	static String call(String base, String method, String path, String token, String json) {
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
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

	/** Assertions that print the measured figures ("actual : …") for the bench script to read; they never fail. */
	static Assertion[] figures(String measured) {
		return new Assertion[] { details(measured).successfulRequests().count().gte(0L),
				details(measured).failedRequests().count().gte(0L), details(measured).responseTime().percentile(50).gte(0),
				details(measured).responseTime().percentile(95).gte(0),
				details(measured).responseTime().percentile(99).gte(0), details(measured).responseTime().max().gte(0) };
	}
}
