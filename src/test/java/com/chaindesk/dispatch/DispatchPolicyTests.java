package com.chaindesk.dispatch;

import java.util.List;
import java.util.Set;

import com.chaindesk.org.Tier;
import com.chaindesk.ticket.Priority;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which rule fires: a store's region's rules before HQ's, first match in order, nothing when nothing matches. */
class DispatchPolicyTests {

	static final long EAST = 1;
	static final long SOUTH = 2;

	static DispatchRule rule(long id, Long scope, int position, String category, Set<Priority> priorities) {
		return new DispatchRule(id, scope, position, category, null, null, priorities, 100 + id, Tier.L2, null, null);
	}

	@Test
	void aRegionsRuleFiresBeforeHqsForItsOwnStoresOnly() {
		DispatchPolicy policy = new DispatchPolicy(List.of(rule(1, null, 10, "network", Set.of()),
				rule(2, EAST, 50, "network", Set.of())));
		assertThat(policy.firing(new TicketSample(7, EAST, "network-down", Priority.P2))).map(DispatchRule::id).contains(2L);
		assertThat(policy.firing(new TicketSample(8, SOUTH, "network-down", Priority.P2))).map(DispatchRule::id).contains(1L);
	}

	@Test
	void theFirstMatchingRuleInOrderWinsWhateverTheInsertionOrder() {
		DispatchPolicy policy = new DispatchPolicy(List.of(rule(1, null, 30, "pos", Set.of()),
				rule(2, null, 10, "pos-terminal", Set.of(Priority.P3, Priority.P4)), rule(3, null, 20, "pos-terminal", Set.of())));
		assertThat(policy.firing(new TicketSample(7, EAST, "pos-terminal", Priority.P4))).map(DispatchRule::id).contains(2L);
		assertThat(policy.firing(new TicketSample(7, EAST, "pos-terminal", Priority.P1))).map(DispatchRule::id).contains(3L);
		assertThat(policy.firing(new TicketSample(7, EAST, "pos-payment", Priority.P1))).map(DispatchRule::id).contains(1L);
	}

	@Test
	void storeAndRegionConditionsNarrowARule() {
		DispatchRule forStore = new DispatchRule(1, null, 10, null, 7L, null, Set.of(), 100L, null, null, null);
		DispatchRule forSouth = new DispatchRule(2, null, 20, null, null, SOUTH, Set.of(), 101L, null, null, null);
		DispatchPolicy policy = new DispatchPolicy(List.of(forStore, forSouth));
		assertThat(policy.firing(new TicketSample(7, EAST, "printer", Priority.P3))).map(DispatchRule::id).contains(1L);
		assertThat(policy.firing(new TicketSample(9, SOUTH, "printer", Priority.P3))).map(DispatchRule::id).contains(2L);
		assertThat(policy.firing(new TicketSample(9, EAST, "printer", Priority.P3))).isEmpty();
	}

	@Test
	void nothingFiresWhenNoRuleMatchesSoTheCallerFallsBack() {
		DispatchPolicy policy = new DispatchPolicy(List.of(rule(1, null, 10, "esl", Set.of()), rule(2, SOUTH, 10, "cctv", Set.of())));
		assertThat(policy.firing(new TicketSample(7, EAST, "cctv-camera", Priority.P2))).isEmpty();
		assertThat(policy.orderFor(SOUTH)).extracting(DispatchRule::id).containsExactly(2L, 1L);
	}
}
