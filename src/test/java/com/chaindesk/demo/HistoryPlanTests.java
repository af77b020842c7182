package com.chaindesk.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.chaindesk.org.StoreRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The history's plan alone: the same seed gives the same history; every step lies in the past and in order. */
class HistoryPlanTests {

	private static final Instant END = Instant.parse("2026-11-23T03:00:00Z");

	private static List<StoreRef> stores() {
		List<StoreRef> stores = new ArrayList<>();
		String[] regions = { "EAST", "SOUTH", "NORTH", "TW", "HK" };
		for (int i = 0; i < 48; i++) {
			int region = i % 5;
			String zone = region == 3 ? "Asia/Taipei" : region == 4 ? "Asia/Hong_Kong" : "Asia/Shanghai";
			stores.add(new StoreRef(i + 1, "S-" + i, region + 1, Map.of("zh-CN", "店" + i), "城", zone, "zh-CN", "M", "OPEN"));
		}
		return stores;
	}

	private static final Map<Long, String> REGIONS = Map.of(1L, "EAST", 2L, "SOUTH", 3L, "NORTH", 4L, "TW", 5L, "HK");

	/** Business time as if every store were always open: enough for the plan's own rules. */
	private static final HistoryPlan.BusinessTime WALL_CLOCK = (store, from, time, aroundTheClock) -> from.plus(time);

	@Test
	void theSameSeedGivesTheSameHistoryAndEveryStepIsPastAndInOrder() {
		List<PastTicket> plan = HistoryPlan.of(DemoTicketHistory.SEED, END, stores(), REGIONS, WALL_CLOCK);
		assertThat(HistoryPlan.of(DemoTicketHistory.SEED, END, stores(), REGIONS, WALL_CLOCK)).isEqualTo(plan);
		assertThat(HistoryPlan.of(DemoTicketHistory.SEED + 1, END, stores(), REGIONS, WALL_CLOCK)).isNotEqualTo(plan);
		assertThat(plan.size()).isBetween(1800, 2300);
		for (PastTicket t : plan) {
			assertThat(t.openedAt()).isBefore(END);
			for (Instant step : new Instant[] { t.assignedAt(), t.startedAt(), t.escalatedAt(), t.notedAt(), t.waitingSince(),
					t.resolvedAt(), t.closedAt(), t.ratedAt() }) {
				if (step != null) {
					assertThat(step).isAfter(t.openedAt()).isBefore(END);
				}
			}
			if (t.resolvedAt() != null) {
				assertThat(t.resolvedAt()).isAfter(t.startedAt());
				assertThat(t.waiting()).as("a solved ticket of the history did not wait").isNull();
			}
			assertThat(t.score() == null).as("rated when, and only when, scored").isEqualTo(t.ratedAt() == null);
			if (t.score() != null) {
				assertThat(t.ratedAt()).isAfter(t.resolvedAt());
			}
		}
	}
}
