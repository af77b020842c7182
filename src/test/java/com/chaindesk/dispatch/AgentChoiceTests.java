package com.chaindesk.dispatch;

import java.util.List;

import com.chaindesk.dispatch.AgentChoice.Candidate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who in a team takes a ticket: skill, language, lowest load under capacity, present and active. */
class AgentChoiceTests {

	final AgentChoice choice = new AgentChoice();

	static Candidate agent(String name, List<String> skills, List<String> languages, int capacity, int load) {
		return new Candidate(name, skills, languages, capacity, load, true, true);
	}

	@Test
	void theAgentWithTheSkillAndTheStoresLanguageAndLowestLoadIsChosen() {
		List<Candidate> team = List.of(agent("busy", List.of("printer"), List.of("zh-CN"), 5, 3),
				agent("free", List.of("printer"), List.of("zh-CN"), 5, 1),
				agent("noskill", List.of("pos"), List.of("zh-CN"), 5, 0),
				agent("nolang", List.of("printer"), List.of("en"), 5, 0));
		assertThat(choice.choose(team, "printer", "zh-CN")).map(Candidate::username).contains("free");
		assertThat(choice.choose(team, "printer", "en")).map(Candidate::username).contains("nolang");
	}

	@Test
	void anAgentAtCapacityIsPassedOver() {
		List<Candidate> team = List.of(agent("full", List.of("pos"), List.of("zh-TW"), 2, 2),
				agent("room", List.of("pos"), List.of("zh-TW"), 4, 3));
		assertThat(choice.choose(team, "pos", "zh-TW")).map(Candidate::username).contains("room");
	}

	@Test
	void absentOrClosedAgentsAreNotChosenAndThenTheTicketWaitsInTheQueue() {
		List<Candidate> team = List.of(new Candidate("away", List.of("pos"), List.of("zh-CN"), 5, 0, true, false),
				new Candidate("left", List.of("pos"), List.of("zh-CN"), 5, 0, false, true));
		assertThat(choice.choose(team, "pos", "zh-CN")).isEmpty();
	}

	@Test
	void equalLoadsAreBrokenByUsernameSoTheChoiceIsRepeatable() {
		List<Candidate> team = List.of(agent("wu", List.of("pos"), List.of("zh-CN"), 5, 1), agent("an", List.of("pos"), List.of("zh-CN"), 5, 1));
		assertThat(choice.choose(team, "pos", "zh-CN")).map(Candidate::username).contains("an");
	}

	@Test
	void theSkillComesFromTheTopLevelCategory() {
		assertThat(AgentChoice.skillFor("network-down")).isEqualTo("network");
		assertThat(AgentChoice.skillFor("store-app-login")).isEqualTo("app");
		assertThat(AgentChoice.skillFor("esl")).isEqualTo("esl");
	}
}
