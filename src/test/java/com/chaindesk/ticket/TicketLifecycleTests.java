package com.chaindesk.ticket;

import java.time.Instant;
import java.util.Set;

import com.chaindesk.platform.InvalidInput;
import org.junit.jupiter.api.Test;

import static com.chaindesk.ticket.Level.HIGH;
import static com.chaindesk.ticket.Level.LOW;
import static com.chaindesk.ticket.Level.MEDIUM;
import static com.chaindesk.ticket.TicketStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TicketLifecycleTests {

	@Test
	void theTableAllowsExactlyTheServiceDesksMoves() {
		assertThat(TicketLifecycle.allowedFrom(NEW)).containsExactly(ASSIGNED);
		assertThat(TicketLifecycle.allowedFrom(ASSIGNED)).containsExactly(IN_PROGRESS);
		assertThat(TicketLifecycle.allowedFrom(IN_PROGRESS)).containsExactlyInAnyOrder(WAITING_ON_STORE, WAITING_ON_VENDOR, RESOLVED);
		assertThat(TicketLifecycle.allowedFrom(WAITING_ON_STORE)).containsExactly(IN_PROGRESS);
		assertThat(TicketLifecycle.allowedFrom(WAITING_ON_VENDOR)).containsExactly(IN_PROGRESS);
		assertThat(TicketLifecycle.allowedFrom(RESOLVED)).containsExactlyInAnyOrder(CLOSED, REOPENED);
		assertThat(TicketLifecycle.allowedFrom(REOPENED)).containsExactly(IN_PROGRESS);
		assertThat(TicketLifecycle.allowedFrom(CLOSED)).isEmpty();
	}

	@Test
	void priorityFollowsTheImpactUrgencyMatrix() {
		assertThat(PriorityMatrix.priorityOf(HIGH, HIGH)).isEqualTo(Priority.P1);
		assertThat(PriorityMatrix.priorityOf(HIGH, MEDIUM)).isEqualTo(Priority.P2);
		assertThat(PriorityMatrix.priorityOf(MEDIUM, HIGH)).isEqualTo(Priority.P2);
		assertThat(PriorityMatrix.priorityOf(MEDIUM, MEDIUM)).isEqualTo(Priority.P3);
		assertThat(PriorityMatrix.priorityOf(HIGH, LOW)).isEqualTo(Priority.P3);
		assertThat(PriorityMatrix.priorityOf(LOW, HIGH)).isEqualTo(Priority.P3);
		assertThat(PriorityMatrix.priorityOf(MEDIUM, LOW)).isEqualTo(Priority.P4);
		assertThat(PriorityMatrix.priorityOf(LOW, MEDIUM)).isEqualTo(Priority.P4);
		assertThat(PriorityMatrix.priorityOf(LOW, LOW)).isEqualTo(Priority.P4);
	}

	@Test
	void aTicketRefusesAMoveOffTheTableAndSaysWhereItMayGo() {
		Ticket ticket = opened();
		assertThatThrownBy(() -> ticket.moveTo(RESOLVED, "agent1", null, Instant.now()))
				.isInstanceOfSatisfying(TransitionRefused.class, e -> assertThat(e.allowed()).containsExactly(ASSIGNED));
		assertThat(ticket.status()).isEqualTo(NEW);
	}

	@Test
	void assigningANewTicketMakesItAssignedAndTheWholeRoundTripWorks() {
		Ticket ticket = opened();
		ticket.assign(new Assignment(null, "agent1", null, null), "agent1", Instant.now());
		assertThat(ticket.status()).isEqualTo(ASSIGNED);
		for (TicketStatus to : new TicketStatus[] { IN_PROGRESS, WAITING_ON_VENDOR, IN_PROGRESS, RESOLVED, REOPENED,
				IN_PROGRESS, RESOLVED, CLOSED }) {
			ticket.moveTo(to, "agent1", null, Instant.now());
		}
		assertThat(ticket.status()).isEqualTo(CLOSED);
		assertThat(ticket.drainEvents()).filteredOn(TicketResolved.class::isInstance).hasSize(2);
	}

	@Test
	void aRatingComesOnlyOnceTheProblemIsSolved() {
		Ticket ticket = opened();
		assertThatThrownBy(() -> ticket.rate(5, null, "staff1", Instant.now()))
				.isInstanceOf(com.chaindesk.platform.Conflict.class);
		assertThatThrownBy(() -> ticket.rate(6, null, "staff1", Instant.now())).isInstanceOf(InvalidInput.class);
	}

	@Test
	void aReportNamesEveryMissingOrOverlongField() {
		NewTicket draft = new NewTicket(null, 1L, "nope", "x".repeat(201), "", HIGH, null, null);
		assertThatThrownBy(() -> Ticket.open(draft, 1, "staff1", code -> false, Instant.now()))
				.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(p -> p.field())
						.containsExactlyInAnyOrder("type", "urgency", "subject", "description", "category"));
	}

	private static Ticket opened() {
		Ticket ticket = Ticket.open(new NewTicket(TicketType.INCIDENT, 1L, "pos-terminal", "POS down", "It does not boot",
				HIGH, HIGH, null), 1, "staff1", code -> true, Instant.now());
		ticket.opened(1, "INC-2026-000001", java.util.List.of());
		assertThat(ticket.watchers()).isEqualTo(Set.of("staff1"));
		return ticket;
	}
}
