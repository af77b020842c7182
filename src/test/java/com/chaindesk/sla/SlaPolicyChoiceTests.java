package com.chaindesk.sla;

import java.util.List;

import com.chaindesk.platform.FieldProblem;
import com.chaindesk.ticket.Priority;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlaPolicyChoiceTests {

	private final List<SlaRule> rules = List.of(
			new SlaRule(Priority.P1, null, null, 15, 240),
			new SlaRule(Priority.P2, null, null, 30, 480),
			new SlaRule(Priority.P3, null, null, 120, 960),
			new SlaRule(Priority.P3, "printer", null, 60, 480),
			new SlaRule(Priority.P3, "printer-receipt", null, 45, 240),
			new SlaRule(Priority.P3, null, "XL", 90, 720),
			new SlaRule(Priority.P4, null, null, 480, 2400));

	@Test
	void theGeneralRuleOfThePriorityWhenNothingMoreSpecificMatches() {
		assertThat(SlaPolicyChoice.choose(rules, Priority.P3, "network-wifi", "M").responseMinutes()).isEqualTo(120);
		assertThat(SlaPolicyChoice.choose(rules, Priority.P2, "printer-receipt", "XL").responseMinutes()).isEqualTo(30);
	}

	@Test
	void theLongestCategoryPrefixWinsOverShorterOnesAndOverSizeClass() {
		assertThat(SlaPolicyChoice.choose(rules, Priority.P3, "printer-receipt", "XL").responseMinutes()).isEqualTo(45);
		assertThat(SlaPolicyChoice.choose(rules, Priority.P3, "printer-label", "XL").responseMinutes()).isEqualTo(60);
	}

	@Test
	void sizeClassCountsWhenNoCategoryRuleMatches() {
		assertThat(SlaPolicyChoice.choose(rules, Priority.P3, "pos-scanner", "XL").resolutionMinutes()).isEqualTo(720);
	}

	@Test
	void onlyP1RunsAroundTheClock() {
		assertThat(SlaPolicyChoice.choose(rules, Priority.P1, "pos", "S").alwaysOn()).isTrue();
		assertThat(SlaPolicyChoice.choose(rules, Priority.P2, "pos", "S").alwaysOn()).isFalse();
	}

	@Test
	void theHqDefaultsAreValid() {
		assertThat(SlaPolicyChoice.problems(SlaSettings.POLICIES.defaultValue())).isEmpty();
	}

	@Test
	void problemsNameTheFieldAndAMissingPriority() {
		List<FieldProblem> problems = SlaPolicyChoice.problems(List.of(
				new SlaRule(Priority.P1, null, null, 15, 240),
				new SlaRule(Priority.P2, "Printer!", "XXL", 0, 480),
				new SlaRule(null, null, null, 30, 10)));
		assertThat(problems).extracting(FieldProblem::field).contains("[1].category", "[1].sizeClass",
				"[1].responseMinutes", "[2].priority", "[2].resolutionMinutes", "");
		assertThat(problems).extracting(FieldProblem::message).contains("a rule for P2 without category and size class",
				"a rule for P4 without category and size class");
	}
}
