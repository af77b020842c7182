package com.chaindesk.sla.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.StoreRef;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.OutsideScope;
import com.chaindesk.platform.Role;
import com.chaindesk.sla.report.SlaReport.Row;
import com.chaindesk.sla.report.SlaReportQuery.Grouping;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SLA report, computed in one SQL statement over sla.clock (percentile_cont for p90), grouped by the holder noted
 * on each clock when it stopped, or by region or store; limited to the reader's part of the chain. Names come from
 * the org module's directory in the reader's language.
 */
@Service
@Transactional(readOnly = true)
public class SlaReports {

	private static final List<String> DESK = List.of("RESPONSE", "RESOLUTION");
	private static final List<String> VENDOR = List.of("VENDOR_RESPONSE", "VENDOR_RESOLUTION");

	private final JdbcClient jdbc;
	private final OrgDirectory org;
	private final ZoneId zone;

	SlaReports(JdbcClient jdbc, OrgDirectory org, @Value("${chaindesk.sla.report-zone:Asia/Shanghai}") ZoneId zone) {
		this.jdbc = jdbc;
		this.org = org;
		this.zone = zone;
	}

	/** The zone the report's days are counted in. */
	public ZoneId zone() {
		return zone;
	}

	/** Store staff follow their own tickets; reports are for those who manage or work the desk. */
	public static boolean mayRead(Actor actor) {
		return actor.hasAny(Role.HQ_ADMIN, Role.REGION_MANAGER, Role.STORE_MANAGER, Role.L1_AGENT, Role.ENGINEER,
				Role.VENDOR_ENGINEER);
	}

	public SlaReport report(SlaReportQuery query, Locale reader) {
		Actor actor = CurrentActor.get();
		if (!mayRead(actor)) {
			throw new OutsideScope("SLA reports are for managers and the service desk.");
		}
		List<String> kinds = query.groupBy() == Grouping.VENDOR ? VENDOR : DESK;
		String group = switch (query.groupBy()) {
			case TEAM -> "team_id";
			case VENDOR -> "vendor_id";
			case REGION -> "region_id";
			case STORE -> "store_id";
		};
		List<Object> params = new ArrayList<>(List.of(kinds.get(0), kinds.get(0), kinds.get(1), kinds.get(1),
				kinds.get(0), kinds.get(0), kinds.get(1), kinds.get(1), kinds.get(0), kinds.get(1),
				Timestamp.from(query.from().atStartOfDay(zone).toInstant()),
				Timestamp.from(query.to().plusDays(1).atStartOfDay(zone).toInstant())));
		String scoped = scopeFilter(actor.scope(), params);
		String sql = """
				select %1$s as group_id, grouping(%1$s) as total, count(distinct ticket_id) as tickets,
				  count(*) filter (where kind = ? and state = 'MET') as response_met,
				  count(*) filter (where kind = ? and state = 'BREACHED') as response_breached,
				  count(*) filter (where kind = ? and state = 'MET') as resolution_met,
				  count(*) filter (where kind = ? and state = 'BREACHED') as resolution_breached,
				  (avg(consumed_seconds) filter (where kind = ? and stopped_at is not null) / 60)::float8 as response_mean,
				  (percentile_cont(0.9) within group (order by consumed_seconds)
				    filter (where kind = ? and stopped_at is not null) / 60)::float8 as response_p90,
				  (avg(consumed_seconds) filter (where kind = ? and stopped_at is not null) / 60)::float8 as resolution_mean,
				  (percentile_cont(0.9) within group (order by consumed_seconds)
				    filter (where kind = ? and stopped_at is not null) / 60)::float8 as resolution_p90,
				  count(distinct ticket_id) filter (where state = 'BREACHED') as breached
				from sla.clock
				where kind in (?, ?) and started_at >= ? and started_at < ? %2$s
				group by grouping sets ((%1$s), ())""".formatted(group, scoped);
		List<Counted> counted = jdbc.sql(sql).params(params).query(SlaReports::counted).list();
		Function<Long, Named> names = namer(query.groupBy(), reader);
		List<Row> rows = counted.stream().filter(c -> !c.total())
				.map(c -> c.row(names.apply(c.groupId())))
				.sorted(Comparator.comparingLong(Row::tickets).reversed().thenComparing(r -> r.code() == null ? "~" : r.code()))
				.toList();
		Row total = counted.stream().filter(Counted::total).findFirst().map(c -> c.row(new Named(null, null)))
				.orElse(new Row(null, null, null, 0, null, null, null, null, null, null, 0));
		return new SlaReport(query.groupBy().param(), query.from(), query.to(), zone.getId(), rows, total);
	}

	private static String scopeFilter(OrgScope scope, List<Object> params) {
		return switch (scope.level()) {
			case HQ -> "";
			case REGION -> {
				params.add(scope.regionId());
				yield "and region_id = ?";
			}
			case STORE -> {
				params.add(scope.storeId());
				yield "and store_id = ?";
			}
			case VENDOR -> {
				params.add(scope.vendorId());
				yield "and vendor_id = ?";
			}
		};
	}

	private record Named(String code, String name) {
	}

	/** Names of the groups in the reader's language; a clock nobody held is grouped under "unassigned" (null id). */
	private Function<Long, Named> namer(Grouping grouping, Locale reader) {
		Map<Long, Named> named = new HashMap<>();
		switch (grouping) {
			case TEAM -> org.teams().forEach(t -> named.put(t.id(), new Named(t.code(), t.name(reader))));
			case VENDOR -> org.vendors().forEach(v -> named.put(v.id(), new Named(v.code(), v.company())));
			case REGION -> org.regions().forEach(r -> named.put(r.id(), new Named(r.code(), r.name(reader))));
			case STORE -> named.putAll(org.regions().stream().flatMap(r -> org.storesOfRegion(r.id()).stream())
					.collect(Collectors.toMap(StoreRef::id, s -> new Named(s.code(), s.name(reader)))));
		}
		return id -> id == null ? new Named(null, null) : named.getOrDefault(id, new Named(String.valueOf(id), null));
	}

	private record Counted(Long groupId, boolean total, long tickets, long responseMet, long responseBreached,
			long resolutionMet, long resolutionBreached, Double responseMean, Double responseP90, Double resolutionMean,
			Double resolutionP90, long breached) {

		Row row(Named named) {
			return new Row(groupId, named.code(), named.name(), tickets, percent(responseMet, responseBreached),
					percent(resolutionMet, resolutionBreached), round(responseMean), round(responseP90),
					round(resolutionMean), round(resolutionP90), breached);
		}

		private static Double percent(long met, long breached) {
			return met + breached == 0 ? null : Math.round(1000.0 * met / (met + breached)) / 10.0;
		}

		private static Double round(Double minutes) {
			return minutes == null ? null : Math.round(minutes * 10) / 10.0;
		}
	}

	private static Counted counted(ResultSet rs, int row) throws SQLException {
		return new Counted(rs.getObject("group_id", Long.class), rs.getInt("total") == 1, rs.getLong("tickets"),
				rs.getLong("response_met"), rs.getLong("response_breached"), rs.getLong("resolution_met"),
				rs.getLong("resolution_breached"), rs.getObject("response_mean", Double.class),
				rs.getObject("response_p90", Double.class), rs.getObject("resolution_mean", Double.class),
				rs.getObject("resolution_p90", Double.class), rs.getLong("breached"));
	}
}
