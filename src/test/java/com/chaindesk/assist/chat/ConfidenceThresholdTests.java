package com.chaindesk.assist.chat;

import java.util.Map;

import com.chaindesk.ApiCaller;
import com.chaindesk.ChainDeskTest;
import com.chaindesk.identity.UserAccounts;
import com.chaindesk.knowledge.ArticleKind;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** HQ sets how sure the bot must be to answer; a region may ask for more. */
@ChainDeskTest
class ConfidenceThresholdTests {

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

	private record Shop(long region, long store, ApiCaller staff) {
	}

	private Shop shopWithTheCoffeeArticle(ChatPeople people, String name) {
		long region = people.region(name + "大区");
		long store = people.store(region, name + "门店");
		knowledge.publish("region:" + region, ArticleKind.FAQ, "equipment", "自助咖啡机屏幕提示缺豆怎么办",
				"咖啡机屏幕提示缺豆时，打开机器顶部的豆仓，加满咖啡豆后按“确认”键。");
		return new Shop(region, store, ApiCaller.as(port,
				people.person("thr", Role.STORE_STAFF, OrgScope.store(store, region)), ChatPeople.PASSWORD));
	}

	private static JsonNode ask(Shop shop, String question) {
		ApiCaller.Reply reply = shop.staff().post("/api/v1/assist/ask", Map.of("store", shop.store(), "question", question));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return reply.json();
	}

	@Test
	void aRegionThatDemandsMoreCertaintyHandsOffWhatOthersAnswer() {
		ChatPeople people = new ChatPeople(accounts, transaction, jdbc);
		Shop strict = shopWithTheCoffeeArticle(people, "严格");
		Shop usual = shopWithTheCoffeeArticle(people, "普通");
		String question = "咖啡机提示缺豆怎么办";
		assertThat(ask(strict, question).get("outcome").asString()).isEqualTo("ANSWERED");

		ApiCaller admin = ApiCaller.as(port, "admin");
		ApiCaller.Reply set = admin.put("/api/v1/config/assist.confidence-threshold?scope=region:" + strict.region(),
				Map.of("value", 0.99));
		assertThat(set.status()).as(set.toString()).isEqualTo(200);

		JsonNode handedOff = ask(strict, question);
		assertThat(handedOff.get("outcome").asString()).isEqualTo("NO_ANSWER");
		assertThat(handedOff.get("handoff").asBoolean()).isTrue();
		assertThat(handedOff.get("ticketDraft").get("category").asString()).as("from the best article, though unsure")
				.isEqualTo("equipment");
		assertThat(ask(usual, question).get("outcome").asString()).isEqualTo("ANSWERED");

		assertThat(admin.put("/api/v1/config/assist.confidence-threshold?scope=hq", Map.of("value", 1.5)).status())
				.isEqualTo(422);
	}
}
