package com.chaindesk.assist.report;

import com.chaindesk.ApiCaller;
import com.chaindesk.ChainDeskTest;
import com.chaindesk.assist.chat.ChatPeople;
import com.chaindesk.assist.chat.KnowledgeFixture;
import com.chaindesk.identity.UserAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The self-service report over a known set of conversations, as each reader's scope sees it. */
@ChainDeskTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SelfServiceReportTests {

	@LocalServerPort
	int port;

	@Autowired
	KnowledgeFixture knowledge;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	TransactionTemplate transaction;

	KnownConversations known;

	@BeforeAll
	void sevenConversations() {
		known = new KnownConversations(port, new ChatPeople(accounts, transaction, jdbc), knowledge);
	}

	private JsonNode report(String username, String query) {
		ApiCaller caller = "admin".equals(username) ? ApiCaller.as(port, "admin") : ApiCaller.as(port, username, ChatPeople.PASSWORD);
		ApiCaller.Reply reply = caller.get("/api/v1/assist/report" + query);
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return reply.json();
	}

	private static JsonNode row(JsonNode report, long id) {
		return report.get("rows").valueStream().filter(r -> r.get("id").asLong() == id).findFirst().orElseThrow();
	}

	@Test
	void theShareSolvedByTheBotCountsEachConversationByHowItEnded() {
		JsonNode byStore = report(known.regionManager, "?groupBy=store");

		JsonNode a = row(byStore, known.storeA);
		assertThat(a.get("conversations").asLong()).isEqualTo(5);
		assertThat(a.get("solved").asLong()).isEqualTo(1);
		assertThat(a.get("answered").asLong()).isEqualTo(1);
		assertThat(a.get("solvedByBot").asLong()).isEqualTo(2);
		assertThat(a.get("solvedShare").asDouble()).isEqualTo(0.4);
		assertThat(a.get("handedOff").asLong()).isEqualTo(1);
		assertThat(a.get("noAnswer").asLong()).isEqualTo(1);
		assertThat(a.get("unfinished").asLong()).isEqualTo(1);

		JsonNode b = row(byStore, known.storeB);
		assertThat(b.get("conversations").asLong()).isEqualTo(2);
		assertThat(b.get("solvedShare").asDouble()).isEqualTo(0.0);
		assertThat(b.get("handedOff").asLong()).as("did not help, so handed off").isEqualTo(1);
		assertThat(b.get("noAnswer").asLong()).isEqualTo(1);
		assertThat(byStore.get("rows").size()).as("the region manager sees their region's stores only").isEqualTo(2);

		JsonNode byRegion = report(known.regionManager, "?groupBy=region");
		JsonNode region = row(byRegion, known.region);
		assertThat(region.get("conversations").asLong()).isEqualTo(7);
		assertThat(region.get("solvedByBot").asLong()).isEqualTo(2);
		assertThat(region.get("solvedShare").asDouble()).isEqualTo(0.286);
		assertThat(byRegion.get("total").get("conversations").asLong()).isEqualTo(7);
	}

	@Test
	void knowledgeGapsGroupTheSameQuestionHoweverItWasWritten() {
		JsonNode gaps = report(known.regionManager, "").get("gaps");

		JsonNode canteen = gaps.valueStream().filter(g -> g.get("question").asString().contains("食堂")).findFirst()
				.orElseThrow();
		assertThat(canteen.get("conversations").asLong()).isEqualTo(2);
		assertThat(canteen.get("noAnswer").asLong()).isEqualTo(2);
		assertThat(canteen.get("stores").asLong()).isEqualTo(2);
		assertThat(gaps.valueStream().map(g -> g.get("question").asString()))
				.contains("咖啡机一直提示缺豆", "咖啡机提示缺豆了")
				.doesNotContain("咖啡机提示缺豆怎么办", "冰淇淋机不制冷", "转人工");
	}

	@Test
	void articleHelpfulnessJoinsReadersVotesAndWhatChatUsersSaid() {
		JsonNode articles = report(known.regionManager, "").get("articles");

		JsonNode coffee = articles.valueStream().filter(x -> x.get("articleId").asLong() == known.coffee).findFirst()
				.orElseThrow();
		assertThat(coffee.get("readersHelpful").asLong()).isEqualTo(3);
		assertThat(coffee.get("readersNotHelpful").asLong()).isEqualTo(1);
		assertThat(coffee.get("botConversations").asLong()).isEqualTo(3);
		assertThat(coffee.get("botHelped").asLong()).isEqualTo(0);
		assertThat(coffee.get("botNotHelped").asLong()).isEqualTo(1);
		assertThat(coffee.get("helpfulShare").asDouble()).isEqualTo(0.6);
		JsonNode guide = articles.valueStream().filter(x -> x.get("articleId").asLong() == known.guide).findFirst()
				.orElseThrow();
		assertThat(guide.get("botHelped").asLong()).isEqualTo(1);
		assertThat(guide.get("helpfulShare").asDouble()).isEqualTo(1.0);
	}

	@Test
	void eachReaderSeesTheirOwnPartOfTheChain() {
		JsonNode store = report(known.managerA, "?groupBy=store");
		assertThat(store.get("rows").size()).isEqualTo(1);
		assertThat(store.get("total").get("conversations").asLong()).isEqualTo(5);

		JsonNode other = report(known.otherRegionManager, "?groupBy=store");
		assertThat(other.get("rows").valueStream().map(r -> r.get("id").asLong()))
				.doesNotContain(known.storeA, known.storeB);
		assertThat(other.get("gaps").valueStream().map(g -> g.get("question").asString())).noneMatch(q -> q.contains("食堂"));

		JsonNode hq = report("admin", "?groupBy=region");
		assertThat(row(hq, known.region).get("conversations").asLong()).isEqualTo(7);

		assertThat(ApiCaller.as(port, known.staffA, ChatPeople.PASSWORD).get("/api/v1/assist/report").status())
				.as("store staff ask, managers read").isEqualTo(403);
	}

	@Test
	void aPeriodWithoutConversationsIsEmptyAndBadPeriodsNameTheField() {
		JsonNode past = report(known.regionManager, "?from=2020-01-01&to=2020-01-31");
		assertThat(past.get("rows").size()).isZero();
		assertThat(past.get("total").get("conversations").asLong()).isZero();

		ApiCaller manager = ApiCaller.as(port, known.regionManager, ChatPeople.PASSWORD);
		ApiCaller.Reply backwards = manager.get("/api/v1/assist/report?from=2026-02-01&to=2026-01-01");
		assertThat(backwards.status()).isEqualTo(422);
		assertThat(backwards.body()).contains("\"from\"");
		ApiCaller.Reply garbage = manager.get("/api/v1/assist/report?from=yesterday");
		assertThat(garbage.status()).isEqualTo(400);
		assertThat(garbage.body()).contains("from");
		ApiCaller.Reply grouping = manager.get("/api/v1/assist/report?groupBy=planet");
		assertThat(grouping.status()).isEqualTo(422);
		assertThat(grouping.body()).contains("groupBy");
		assertThat(manager.get("/api/v1/assist/report?from=2024-01-01&to=2026-01-01").status()).isEqualTo(422);
	}
}
