package com.chaindesk.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.chaindesk.platform.Conflict;
import com.chaindesk.platform.InvalidInput;
import org.junit.jupiter.api.Test;

import static com.chaindesk.ticket.Level.HIGH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ticket's own rules for major incidents and custom field answers, without Spring or a database. */
class MajorIncidentRulesTests {

	private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
	private long ids = 100;

	private Ticket opened() {
		Ticket ticket = Ticket.open(new NewTicket(TicketType.INCIDENT, 1L, "pos-terminal", "POS down", "It does not boot",
				HIGH, HIGH, null, Map.of("register", "01")), 1, "staff1", code -> true, TicketSettings.CUSTOM_FIELDS
						.defaultValue().stream().filter(f -> f.appliesTo("pos-terminal")).toList(), NOW);
		long id = ++ids;
		ticket.opened(id, "INC-2026-%06d".formatted(id), java.util.List.of());
		return ticket;
	}

	private Ticket major() {
		Ticket ticket = opened();
		ticket.declareMajor("payment gateway down", "agent1", NOW);
		return ticket;
	}

	@Test
	void aChildHasOneParentAndIsNeitherItsParentNorAMajorIncident() {
		Ticket parent = major();
		Ticket child = opened();
		parent.adopt(child, "agent1", NOW);
		assertThat(child.parentId()).isEqualTo(parent.id());
		assertThat(child.links()).contains(new TicketLink(LinkKind.CHILD_OF, parent.id()));
		assertThatThrownBy(() -> parent.adopt(child, "agent1", NOW)).isInstanceOf(Conflict.class).hasMessageContaining("already a child of " + parent.number());
		assertThatThrownBy(() -> major().adopt(child, "agent1", NOW)).isInstanceOf(Conflict.class).hasMessageContaining("another");
		assertThatThrownBy(() -> parent.adopt(parent, "agent1", NOW)).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> parent.adopt(major(), "agent1", NOW)).isInstanceOf(Conflict.class);
		assertThatThrownBy(() -> opened().adopt(opened(), "agent1", NOW)).as("not a major incident").isInstanceOf(Conflict.class);
		assertThatThrownBy(() -> child.declareMajor("me too", "agent1", NOW)).isInstanceOf(Conflict.class);
		assertThatThrownBy(() -> opened().link(LinkKind.CHILD_OF, parent.id())).isInstanceOf(InvalidInput.class);
	}

	@Test
	void aChildIsResolvedWithItsParentFromWhereverItStandsButASolvedOneIsLeftAlone() {
		Ticket parent = major();
		Ticket waiting = opened();
		Ticket closed = opened();
		parent.adopt(waiting, "agent1", NOW);
		parent.adopt(closed, "agent1", NOW);
		for (Ticket t : List.of(waiting, closed)) {
			t.assign(new Assignment(null, "agent1", null, null), "agent1", NOW);
			t.moveTo(TicketStatus.IN_PROGRESS, "agent1", null, NOW);
		}
		waiting.moveTo(TicketStatus.WAITING_ON_STORE, "agent1", null, NOW);
		closed.moveTo(TicketStatus.RESOLVED, "agent1", null, NOW);
		closed.moveTo(TicketStatus.CLOSED, "staff1", null, NOW);
		waiting.drainEvents();
		closed.drainEvents();

		waiting.resolveWithParent(parent, "agent1", NOW);
		closed.resolveWithParent(parent, "agent1", NOW);

		assertThat(waiting.status()).isEqualTo(TicketStatus.RESOLVED);
		assertThat(waiting.resolvedAt()).isEqualTo(NOW);
		assertThat(waiting.drainEvents()).hasSize(2).anySatisfy(e -> assertThat(e).isInstanceOf(TicketResolved.class));
		assertThat(closed.status()).isEqualTo(TicketStatus.CLOSED);
		assertThat(closed.drainEvents()).isEmpty();
		assertThatThrownBy(() -> opened().resolveWithParent(parent, "agent1", NOW)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void onlyAResolvedTicketClosesByItselfAndReopeningForgetsWhenItWasResolved() {
		Ticket ticket = opened();
		assertThatThrownBy(() -> ticket.closeUnconfirmed(7, NOW)).isInstanceOf(TransitionRefused.class);
		ticket.assign(new Assignment(null, "agent1", null, null), "agent1", NOW);
		ticket.moveTo(TicketStatus.IN_PROGRESS, "agent1", null, NOW);
		ticket.moveTo(TicketStatus.RESOLVED, "agent1", null, NOW);
		ticket.moveTo(TicketStatus.REOPENED, "staff1", "still broken", NOW);
		assertThat(ticket.resolvedAt()).isNull();
		ticket.moveTo(TicketStatus.IN_PROGRESS, "agent1", null, NOW);
		ticket.moveTo(TicketStatus.RESOLVED, "agent1", null, NOW.plusSeconds(60));
		ticket.closeUnconfirmed(7, NOW.plusSeconds(120));
		assertThat(ticket.status()).isEqualTo(TicketStatus.CLOSED);
		assertThat(ticket.drainEntries()).last().satisfies(e -> {
			assertThat(e.author()).isEqualTo("system");
			assertThat(e.noteKey()).isEqualTo("ticket.timeline.auto-closed");
			assertThat(e.noteArg()).isEqualTo("7");
		});
	}

	@Test
	void answersAreCheckedByTypeAndKeptInOneShape() {
		List<CustomField> asked = List.of(
				new CustomField("network", "devices", Map.of("zh-CN", "设备数"), CustomFieldType.NUMBER, true, List.of()),
				new CustomField("network", "line", Map.of("zh-CN", "线路"), CustomFieldType.CHOICE, false, List.of("4G/5G", "VPN")),
				new CustomField("network", "since", Map.of("zh-CN", "开始日期"), CustomFieldType.DATE, false, List.of()));
		List<com.chaindesk.platform.FieldProblem> problems = new java.util.ArrayList<>();
		Map<String, Object> kept = FieldAnswers.check(asked, Map.of("devices", "2.50", "line", " VPN ", "since", "2026-11-20"),
				"network-down", problems);
		assertThat(problems).isEmpty();
		assertThat(kept).containsEntry("devices", new java.math.BigDecimal("2.5")).containsEntry("line", "VPN")
				.containsEntry("since", "2026-11-20");
		FieldAnswers.check(asked, Map.of("devices", true, "line", "ADSL", "since", "yesterday", "colour", "red"), "network-down",
				problems);
		assertThat(problems).extracting(p -> p.field()).containsExactlyInAnyOrder("fields.devices", "fields.line",
				"fields.since", "fields.colour");
		assertThat(CustomField.problems(List.of(asked.get(0), asked.get(0)))).extracting(p -> p.field()).containsExactly("[1].key");
		assertThat(asked.get(0).appliesTo("network")).isTrue();
		assertThat(asked.get(0).appliesTo("networks")).isFalse();
	}
}
