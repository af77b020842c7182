import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints, from a Gatling run's js/stats.json, each request's throughput over the injection window, p95/p99
 * latency and errors. Run as a single-file program: java bench/GatlingFigures.java stats.json rate seconds
 */
public class GatlingFigures {

	public static void main(String[] args) throws Exception {
		String json = Files.readString(Path.of(args[0]));
		int rate = Integer.parseInt(args[1]);
		int seconds = Integer.parseInt(args[2]);
		System.out.printf("%n%-18s %10s %10s %10s %10s %10s %8s%n", "request", "offered/s", "served/s", "p50 ms", "p95 ms",
				"p99 ms", "errors");
		Matcher request = Pattern.compile("\"name\":\"([^\"]+)\",\"path\":\"[^\"]*\",\"pathFormatted\":\"[^\"]*\",\"stats\":\\{(.*?)\\}\\s*(,\\s*\"contents\"|\\}\\s*[,}])", Pattern.DOTALL).matcher(json);
		while (request.find()) {
			String name = request.group(1);
			if ("All Requests".equals(name)) {
				continue;
			}
			String stats = request.group(2);
			long total = number(stats, "numberOfRequests");
			long ko = number(stats, "numberOfRequests", "ko");
			System.out.printf("%-18s %10d %10.0f %10d %10d %10d %8d%n", name, rate, (double) total / seconds,
					number(stats, "percentiles1"), number(stats, "percentiles3"), number(stats, "percentiles4"), ko);
		}
		System.out.println("(served/s = requests completed / injection seconds; percentiles over all requests of that name)");
	}

	private static long number(String stats, String field) {
		return number(stats, field, "total");
	}

	private static long number(String stats, String field, String which) {
		Matcher m = Pattern.compile("\"" + field + "\":\\{[^}]*?\"" + which + "\":\"?(\\d+)").matcher(stats);
		return m.find() ? Long.parseLong(m.group(1)) : -1;
	}
}
