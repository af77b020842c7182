package com.chaindesk.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.chaindesk.org.StoreRef;
import com.chaindesk.ticket.Level;
import com.chaindesk.ticket.TicketStatus;
import com.chaindesk.ticket.TicketType;

/**
 * Ninety days of store trouble as a chain sees it, planned from a seed so that every demo gets the same history.
 * POS trouble doubles at weekends (twice the shoppers, twice the queues); network trouble is mostly quiet and then
 * comes in bursts, when a region's carrier has an outage and half its stores report it within two hours; printers
 * and labels fail at a steady pace. Most tickets are resolved, closed and rated; the last days' tickets are still
 * being worked.
 */
final class HistoryPlan {

	static final int DAYS = 90;

	/** Tickets a day per category at the chain's 48 stores: [weekday, weekend]. */
	private static final Map<String, double[]> DAILY = Map.of(
			"pos", new double[] { 5.5, 12.0 },
			"network", new double[] { 2.5, 2.5 },
			"printer", new double[] { 3.5, 3.5 },
			"store-app", new double[] { 2.5, 2.0 },
			"membership", new double[] { 2.0, 3.0 },
			"esl", new double[] { 1.5, 1.5 },
			"cctv", new double[] { 1.0, 1.0 },
			"equipment", new double[] { 1.5, 1.5 });

	/** Region outages: days before the end of the history, the region, the local hour it starts. */
	private record Outage(int daysBack, String region, int hour) {
	}

	private static final List<Outage> OUTAGES = List.of(new Outage(23, "SOUTH", 10), new Outage(51, "EAST", 14),
			new Outage(70, "TW", 11), new Outage(9, "NORTH", 16));

	/** Business time on a store's calendar: the SLA clocks count in it, so the plan times its steps in it too. */
	@FunctionalInterface
	interface BusinessTime {
		Instant add(long storeId, Instant from, Duration businessTime, boolean aroundTheClock);
	}

	/** The HQ default targets in minutes by priority P1..P4: [response, resolution]. */
	private static final int[][] TARGETS = { { 15, 4 * 60 }, { 30, 8 * 60 }, { 2 * 60, 16 * 60 }, { 8 * 60, 40 * 60 } };

	private final Random random;
	private final BusinessTime businessTime;
	private final Instant endsAt;
	private final List<StoreRef> stores;
	private final Map<Long, String> regionCodes;

	private HistoryPlan(long seed, Instant endsAt, List<StoreRef> stores, Map<Long, String> regionCodes,
			BusinessTime businessTime) {
		this.random = new Random(seed);
		this.businessTime = businessTime;
		this.endsAt = endsAt;
		this.stores = stores.stream().sorted(Comparator.comparingLong(StoreRef::id)).toList();
		this.regionCodes = regionCodes;
	}

	/** The history ending at {@code endsAt}, in the order the tickets were opened. */
	static List<PastTicket> of(long seed, Instant endsAt, List<StoreRef> stores, Map<Long, String> regionCodes,
			BusinessTime businessTime) {
		return new HistoryPlan(seed, endsAt, stores, regionCodes, businessTime).tickets();
	}

	private List<PastTicket> tickets() {
		List<PastTicket> tickets = new ArrayList<>();
		LocalDate last = endsAt.atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
		for (int back = DAYS - 1; back >= 0; back--) {
			LocalDate day = last.minusDays(back);
			boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
			for (String family : DAILY.keySet().stream().sorted().toList()) {
				int count = poisson(DAILY.get(family)[weekend ? 1 : 0]);
				for (int i = 0; i < count; i++) {
					StoreRef store = stores.get(random.nextInt(stores.size()));
					Instant opened = duringOpeningHours(day, store);
					if (opened.isBefore(endsAt)) {
						tickets.add(ordinary(store, family, opened));
					}
				}
			}
			for (Outage outage : OUTAGES) {
				if (outage.daysBack() == back) {
					tickets.addAll(outage(day, outage));
				}
			}
		}
		tickets.sort(Comparator.comparing(PastTicket::openedAt));
		return tickets;
	}

	private PastTicket ordinary(StoreRef store, String family, Instant opened) {
		Problem problem = Problem.pick(family, random);
		Level impact = level(0.2, 0.5);
		Level urgency = level(0.25, 0.5);
		if (problem.category().equals("network-down") || problem.category().equals("pos-payment")) {
			impact = Level.HIGH;
		}
		return life(store, problem, problem.type(), impact, urgency, opened, null, null);
	}

	/** Most of a region's stores lose their line within two hours; the carrier fixes it for all of them at once. */
	private List<PastTicket> outage(LocalDate day, Outage outage) {
		List<StoreRef> hit = stores.stream().filter(s -> outage.region().equals(regionCodes.get(s.regionId()))).toList();
		Instant start = day.atTime(outage.hour(), 0).atZone(ZoneId.of(hit.get(0).timeZone())).toInstant();
		Instant fixed = start.plus(Duration.ofMinutes(150 + random.nextInt(120)));
		List<PastTicket> tickets = new ArrayList<>();
		for (StoreRef store : hit) {
			if (random.nextDouble() < 0.75) {
				Instant opened = start.plus(Duration.ofMinutes(random.nextInt(110)));
				Instant confirmed = fixed.plus(Duration.ofMinutes(random.nextInt(30)));
				tickets.add(life(store, Problem.OUTAGE, TicketType.INCIDENT, Level.HIGH, random.nextBoolean() ? Level.HIGH : Level.MEDIUM,
						opened, confirmed, "运营商" + outage.region() + "区域骨干线路故障，已恢复 / carrier backbone outage, restored"));
			}
		}
		return tickets;
	}

	/**
	 * The rest of a ticket's life after it was opened, cut off at the end of the history. Most tickets are taken up and
	 * fixed well within their targets; about one in ten waits too long in the queue, about one in eight drags on
	 * past its resolution target.
	 */
	private PastTicket life(StoreRef store, Problem problem, TicketType type, Level impact, Level urgency, Instant opened,
			Instant fixed, String resolution) {
		int priority = 4 - (impact.ordinal() + urgency.ordinal()); // P1 = 0 .. P4 = 3, as the priority matrix
		priority = Math.max(0, Math.min(3, priority));
		boolean aroundTheClock = priority == 0;
		double responseShare = random.nextDouble() < 0.9 ? 0.1 + random.nextDouble() * 0.7 : 1.2 + random.nextDouble() * 1.8;
		Instant assigned = businessTime.add(store.id(), opened, share(TARGETS[priority][0], responseShare), aroundTheClock);
		Instant started = assigned.plus(minutes(2 + random.nextInt(40)));
		boolean late = random.nextDouble() < 0.13;
		double resolutionShare = late ? 1.1 + random.nextDouble() * (priority == 3 ? 0.9 : 1.5) : 0.08 + random.nextDouble() * 0.77;
		Instant resolved = fixed != null ? fixed
				: businessTime.add(store.id(), opened, share(TARGETS[priority][1], resolutionShare), aroundTheClock);
		if (!resolved.isAfter(started)) {
			resolved = started.plus(minutes(10 + random.nextInt(30)));
		}
		int escalations = random.nextDouble() < 0.14 ? (random.nextDouble() < 0.25 ? 2 : 1) : 0;
		Instant escalated = escalations == 0 ? null : started.plus(Duration.between(started, resolved).dividedBy(2));
		String note = problem.note();
		Instant noted = started.plus(Duration.between(started, resolved).dividedBy(3));
		Instant closed = resolved.plus(Duration.ofHours(12 + random.nextInt(60)));
		double rateChance = random.nextDouble();
		Integer score = rateChance < 0.78 ? score(late) : null;
		String remark = score == null ? null : remark(score);
		Instant rated = resolved.plus(Duration.ofMinutes(20 + random.nextInt(600)));

		TicketStatus waiting = null;
		Instant waitingSince = null;
		if (resolved.isAfter(endsAt) && started.isBefore(endsAt) && random.nextDouble() < 0.35) {
			waiting = problem.family().equals("pos") || problem.family().equals("esl") ? TicketStatus.WAITING_ON_VENDOR
					: TicketStatus.WAITING_ON_STORE;
			waitingSince = started.plus(Duration.between(started, endsAt).dividedBy(2));
		}
		return new PastTicket(store.id(), type, problem.category(), impact, urgency, problem.subject(), problem.description(),
				opened, past(assigned), past(started), escalated == null || escalated.isAfter(endsAt) ? 0 : escalations,
				past(escalated), note, past(noted), waiting, waitingSince, past(resolved),
				resolution != null ? resolution : problem.resolution(), past(closed), past(rated) == null ? null : score,
				past(rated) == null ? null : remark, score == null ? null : past(rated));
	}

	private Integer score(boolean late) {
		double r = random.nextDouble();
		if (late) {
			return r < 0.3 ? 5 : r < 0.55 ? 4 : r < 0.7 ? 3 : r < 0.88 ? 2 : 1;
		}
		return r < 0.6 ? 5 : r < 0.88 ? 4 : r < 0.95 ? 3 : r < 0.985 ? 2 : 1;
	}

	private String remark(int score) {
		return switch (score) {
			case 1 -> pick("等了两天才有人来，周末营业全受影响", "问题反复出现，希望彻底解决", "没人回电话，只能自己打热线");
			case 2 -> pick("处理太慢了，高峰期收银排长队", "修好了但没说明原因", "上门时间一改再改");
			case 3 -> pick(null, "能用了，但希望响应再快一点");
			case 4 -> pick(null, null, "处理及时", "谢谢");
			default -> pick(null, null, null, "很快就解决了，谢谢！", "工程师很专业");
		};
	}

	private String pick(String... options) {
		return options[random.nextInt(options.length)];
	}

	private Instant duringOpeningHours(LocalDate day, StoreRef store) {
		LocalTime at = LocalTime.of(9, 0).plusMinutes(random.nextInt(12 * 60 + 30));
		return day.atTime(at).atZone(ZoneId.of(store.timeZone())).toInstant();
	}

	private Level level(double high, double medium) {
		double r = random.nextDouble();
		return r < high ? Level.HIGH : r < high + medium ? Level.MEDIUM : Level.LOW;
	}

	private int poisson(double mean) {
		double limit = Math.exp(-mean);
		double product = random.nextDouble();
		int n = 0;
		while (product > limit) {
			product *= random.nextDouble();
			n++;
		}
		return n;
	}

	private Instant past(Instant at) {
		return at == null || !at.isBefore(endsAt) ? null : at;
	}

	private static Duration share(int targetMinutes, double share) {
		return Duration.ofMinutes(Math.max(1, Math.round(targetMinutes * share)));
	}

	private static Duration minutes(long minutes) {
		return Duration.ofMinutes(minutes);
	}
}
