package com.chaindesk.assist.chat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.chaindesk.ApiCaller;
import com.chaindesk.ChainDeskTest;
import com.chaindesk.identity.UserAccounts;
import com.chaindesk.knowledge.ArticleKind;
import com.chaindesk.knowledge.GuideStep;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A store person asks the bot: answers, guides, clarifying questions and hand-offs, each exchange recorded. */
@ChainDeskTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChatApiTests {

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

	long store;
	long otherStore;
	ApiCaller staff;
	ApiCaller otherStaff;
	long faq;
	long guide;
	long grinder;
	long change;

	@BeforeAll
	void aStoreWithItsOwnArticles() {
		ChatPeople people = new ChatPeople(accounts, transaction, jdbc);
		long region = people.region("问答测试大区");
		store = people.store(region, "问答测试门店");
		otherStore = people.store(region, "隔壁测试门店");
		staff = ApiCaller.as(port, people.person("chat", Role.STORE_STAFF, OrgScope.store(store, region)), ChatPeople.PASSWORD);
		otherStaff = ApiCaller.as(port, people.person("chat", Role.STORE_STAFF, OrgScope.store(otherStore, region)),
				ChatPeople.PASSWORD);
		String chapter = "store:" + store;
		faq = knowledge.publish(chapter, ArticleKind.FAQ, "equipment", "自助咖啡机屏幕提示缺豆怎么办",
				"""
				## 原因
				咖啡机屏幕提示**缺豆**时，打开机器顶部的豆仓，加满咖啡豆后按“确认”键，机器会自动恢复出杯。

				如果加豆后仍提示缺豆，请检查豆仓底部的挡板是否推到底。
				""");
		guide = knowledge.publish(chapter, ArticleKind.TROUBLESHOOTING, "equipment-fridge", "冰淇淋机不制冷排查指南",
				"冰淇淋机不制冷时按下面的步骤排查。",
				new GuideStep(1, "确认冰淇淋机电源指示灯亮着，插头插紧。", 3),
				new GuideStep(2, "这一步只在特殊情况下做：联系厂家。", null),
				new GuideStep(3, "清洁机器背面的冷凝器滤网，等待十分钟。", null));
		grinder = knowledge.publish(chapter, ArticleKind.FAQ, "equipment", "自动售货机不出货",
				"自动售货机投币后不出货，多半是货道卡住：打开前门，把卡住的商品扶正。");
		change = knowledge.publish(chapter, ArticleKind.FAQ, "equipment", "自动售货机不找零",
				"自动售货机不找零，多半是零钱盒空了：打开后门，把一元硬币补满零钱盒。");
	}

	private JsonNode ask(String question, Long conversation) {
		return ask(question, conversation, "zh-CN");
	}

	private JsonNode ask(String question, Long conversation, String locale) {
		Map<String, Object> body = new HashMap<>();
		body.put("store", store);
		body.put("question", question);
		body.put("locale", locale);
		if (conversation != null) {
			body.put("conversationId", conversation);
		}
		ApiCaller.Reply reply = staff.post("/api/v1/assist/ask", body);
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return reply.json();
	}

	private List<String> outcomes(long conversation) {
		return jdbc.sql("select outcome from assist.exchange where conversation_id = ? order by seq").param(conversation)
				.query(String.class).list();
	}

	@Test
	void aClearQuestionIsAnsweredFromTheArticleInPlainWordsWithItsConfidence() {
		JsonNode reply = ask("咖啡机提示缺豆怎么办？", null);

		assertThat(reply.get("handoff").asBoolean()).isFalse();
		assertThat(reply.get("articleId").asLong()).isEqualTo(faq);
		assertThat(reply.get("confidence").asDouble()).isGreaterThanOrEqualTo(0.55).isLessThanOrEqualTo(1.0);
		assertThat(reply.get("confidenceWords").asString()).isNotBlank();
		String answer = reply.get("answer").asString();
		assertThat(answer).contains("加满咖啡豆").contains("《自助咖啡机屏幕提示缺豆怎么办》")
				.doesNotContain("##").doesNotContain("**").doesNotContain("挡板");
		assertThat(reply.get("articleLink").asString()).endsWith("/" + faq);
		long conversation = reply.get("conversationId").asLong();
		assertThat(jdbc.sql("select question || '|' || answer || '|' || article_id || '|' || outcome from assist.exchange where conversation_id = ?")
				.param(conversation).query(String.class).single())
				.startsWith("咖啡机提示缺豆怎么办？|").contains("加满咖啡豆").endsWith("|" + faq + "|ANSWERED");
		assertThat(jdbc.sql("select confidence from assist.exchange where conversation_id = ?").param(conversation)
				.query(Double.class).single()).isEqualTo(reply.get("confidence").asDouble());
	}

	@Test
	void theGuideIsWalkedStepByStepUntilSolved() {
		JsonNode first = ask("冰淇淋机不制冷", null);
		assertThat(first.get("outcome").asString()).isEqualTo("GUIDE_STEP");
		assertThat(first.get("step").get("number").asInt()).isEqualTo(1);
		assertThat(first.get("answer").asString()).contains("电源指示灯").contains("解决了吗");
		long conversation = first.get("conversationId").asLong();

		JsonNode second = ask("还是不行", conversation);
		assertThat(second.get("step").get("number").asInt()).as("step 1 leads to step 3 when not fixed").isEqualTo(3);
		assertThat(second.get("answer").asString()).contains("冷凝器");

		JsonNode done = ask("好了", conversation);
		assertThat(done.get("outcome").asString()).isEqualTo("SOLVED");
		assertThat(done.get("handoff").asBoolean()).isFalse();
		assertThat(outcomes(conversation)).containsExactly("GUIDE_STEP", "GUIDE_STEP", "SOLVED");
		assertThat(jdbc.sql("select helped from assist.exchange where conversation_id = ? and seq = 3").param(conversation)
				.query(Boolean.class).single()).isTrue();

		JsonNode next = ask("员工食堂今天中午吃什么菜", conversation);
		assertThat(next.get("outcome").asString()).isEqualTo("NO_ANSWER");
		assertThat(next.get("ticketDraft").get("subject").asString()).as("a new problem after a solved one")
				.isEqualTo("员工食堂今天中午吃什么菜");
		assertThat(next.get("ticketDraft").get("description").asString()).doesNotContain("冷凝器");
	}

	@Test
	void aGuideThatDoesNotFixItHandsOffAfterItsLastStep() {
		long conversation = ask("冰淇淋机不制冷怎么办", null).get("conversationId").asLong();
		ask("没好", conversation);
		JsonNode last = ask("no", conversation);

		assertThat(last.get("handoff").asBoolean()).isTrue();
		assertThat(last.get("outcome").asString()).isEqualTo("HANDED_OFF");
		JsonNode draft = last.get("ticketDraft");
		assertThat(draft.get("category").asString()).isEqualTo("equipment-fridge");
		assertThat(draft.get("subject").asString()).isEqualTo("冰淇淋机不制冷怎么办");
		assertThat(draft.get("description").asString()).contains("冰淇淋机不制冷怎么办").contains("冷凝器").contains("没好");
		assertThat(outcomes(conversation)).containsExactly("GUIDE_STEP", "GUIDE_STEP", "HANDED_OFF");
		JsonNode again = staff.get("/api/v1/assist/conversations/" + conversation).json();
		assertThat(again.get("exchanges").size()).isEqualTo(3);
		assertThat(again.get("ticketDraft").get("category").asString()).as("the draft waits until submitted")
				.isEqualTo("equipment-fridge");
	}

	@Test
	void twoArticlesThatFitEquallyMakeTheBotAskWhichOneThenThePickAnswers() {
		JsonNode asked = ask("自动售货机坏了", null);
		assertThat(asked.get("outcome").asString()).isEqualTo("CLARIFYING");
		assertThat(asked.get("answer").asString()).contains("自动售货机不出货").contains("自动售货机不找零").contains("还是");
		assertThat(asked.get("options").valueStream().map(o -> o.get("articleId").asLong()).toList())
				.containsExactlyInAnyOrder(grinder, change);
		long conversation = asked.get("conversationId").asLong();
		long second = asked.get("options").get(1).get("articleId").asLong();

		JsonNode picked = ask("2", conversation);
		assertThat(picked.get("outcome").asString()).isEqualTo("ANSWERED");
		assertThat(picked.get("articleId").asLong()).isEqualTo(second);

		JsonNode byWords = ask("自动售货机坏了", null);
		JsonNode pickedByWords = ask("不找零的那个", byWords.get("conversationId").asLong());
		assertThat(pickedByWords.get("articleId").asLong()).isEqualTo(change);
		assertThat(pickedByWords.get("answer").asString()).contains("零钱盒");
	}

	@Test
	void aQuestionNothingAnswersHandsOffAsAKnowledgeGap() {
		JsonNode reply = ask("员工食堂今天中午吃什么菜", null);

		assertThat(reply.get("handoff").asBoolean()).isTrue();
		assertThat(reply.get("outcome").asString()).isEqualTo("NO_ANSWER");
		assertThat(reply.get("ticketDraft").get("subject").asString()).isEqualTo("员工食堂今天中午吃什么菜");
		assertThat(outcomes(reply.get("conversationId").asLong())).containsExactly("NO_ANSWER");
	}

	@Test
	void askingForAPersonHandsOffWithAPrefilledTicketThatOpensInOneTap() {
		JsonNode answered = ask("咖啡机一直提示缺豆", null);
		long conversation = answered.get("conversationId").asLong();

		JsonNode handoff = ask("转人工", conversation);
		assertThat(handoff.get("handoff").asBoolean()).isTrue();
		assertThat(handoff.get("outcome").asString()).isEqualTo("HANDED_OFF");
		JsonNode draft = handoff.get("ticketDraft");
		assertThat(draft.get("category").asString()).isEqualTo("equipment");
		assertThat(draft.get("subject").asString()).isEqualTo("咖啡机一直提示缺豆");
		assertThat(draft.get("description").asString()).contains("咖啡机一直提示缺豆").contains("加满咖啡豆").contains("转人工");

		ApiCaller.Reply opened = staff.post("/api/v1/assist/conversations/" + conversation + "/ticket", Map.of());
		assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
		long ticket = opened.json().get("ticketId").asLong();
		JsonNode seen = staff.get("/api/v1/tickets/" + ticket).json();
		assertThat(seen.get("subject").asString()).isEqualTo("咖啡机一直提示缺豆");
		assertThat(seen.get("category").asString()).isEqualTo("equipment");
		assertThat(seen.get("store").asLong()).isEqualTo(store);
		assertThat(seen.get("description").asString()).contains("加满咖啡豆");

		assertThat(staff.post("/api/v1/assist/conversations/" + conversation + "/ticket", Map.of()).status())
				.as("one conversation, one ticket").isEqualTo(409);
		assertThat(jdbc.sql("select ticket_number from assist.conversation where id = ?").param(conversation)
				.query(String.class).single()).isEqualTo(opened.json().get("number").asString());
		assertThat(outcomes(conversation)).containsExactly("ANSWERED", "HANDED_OFF");
	}

	@Test
	void everyWayOfAskingForAPersonIsUnderstood() {
		for (String words : List.of("轉人工", "人工客服", "I want to talk to a person", "agent")) {
			JsonNode reply = ask(words, null);
			assertThat(reply.get("outcome").asString()).as(words).isEqualTo("HANDED_OFF");
		}
	}

	@Test
	void aPosHandOffAsksForTheRegisterBeforeTheTicketOpens() {
		knowledge.publish("store:" + store, ArticleKind.FAQ, "pos-scanner", "扫码枪扫商品条码时发出长鸣声",
				"扫码枪长鸣表示条码无法识别：擦干净扫码窗口，再对准条码重扫。");
		long conversation = ask("扫码枪扫条码长鸣", null).get("conversationId").asLong();
		JsonNode draft = ask("人工客服", conversation).get("ticketDraft");
		assertThat(draft.get("category").asString()).isEqualTo("pos-scanner");
		assertThat(draft.get("requiredFields").valueStream().map(f -> f.get("key").asString()).toList()).contains("register");

		ApiCaller.Reply missing = staff.post("/api/v1/assist/conversations/" + conversation + "/ticket", Map.of());
		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.body()).contains("fields.register");
		ApiCaller.Reply opened = staff.post("/api/v1/assist/conversations/" + conversation + "/ticket",
				Map.of("fields", Map.of("register", "3")));
		assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
	}

	@Test
	void theBotAnswersInTheAskersLanguage() {
		JsonNode english = ask("冰淇淋机不制冷", null, "en");
		assertThat(english.get("answer").asString()).contains("Step 1 of 3").contains("Did that fix it?");
		JsonNode taiwan = ask("冰淇淋機不製冷", null, "zh-TW");
		assertThat(taiwan.get("answer").asString()).contains("做完後問題解決了嗎");
		JsonNode fixed = ask("解決了", taiwan.get("conversationId").asLong(), "zh-TW");
		assertThat(fixed.get("outcome").asString()).isEqualTo("SOLVED");
		assertThat(fixed.get("answer").asString()).contains("問題解決了");
	}

	@Test
	void thePersonCanSayAnAnswerHelpedOrNot() {
		JsonNode reply = ask("咖啡机缺豆提示", null);
		long conversation = reply.get("conversationId").asLong();
		ApiCaller.Reply judged = staff.post("/api/v1/assist/conversations/" + conversation + "/exchanges/1/feedback",
				Map.of("helped", false));
		assertThat(judged.status()).isEqualTo(204);
		assertThat(jdbc.sql("select helped from assist.exchange where conversation_id = ? and seq = 1")
				.param(conversation).query(Boolean.class).single()).isFalse();

		JsonNode fixed = ask("好了", ask("咖啡机缺豆怎么处理", null).get("conversationId").asLong());
		assertThat(fixed.get("outcome").asString()).isEqualTo("SOLVED");
	}

	@Test
	void badInputIsRefusedNamingTheField() {
		for (String question : new String[] { "", "   ", "问".repeat(501) }) {
			ApiCaller.Reply reply = staff.post("/api/v1/assist/ask", Map.of("store", store, "question", question));
			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.body()).contains("\"question\"");
		}
		ApiCaller.Reply noStore = staff.post("/api/v1/assist/ask", Map.of("question", "咖啡机缺豆"));
		assertThat(noStore.status()).isEqualTo(400);
		assertThat(noStore.body()).contains("\"store\"");
		assertThat(staff.postRaw("/api/v1/assist/ask", "application/json", "{\"store\": \"x\", \"question\": 1").status())
				.isEqualTo(400);
	}

	@Test
	void conversationsAndStoresOutsideTheAskersReachAreRefused() {
		long mine = ask("咖啡机缺豆", null).get("conversationId").asLong();

		assertThat(staff.post("/api/v1/assist/ask", Map.of("store", store, "question", "好了", "conversationId", 987654321L))
				.status()).isEqualTo(404);
		assertThat(otherStaff.post("/api/v1/assist/ask",
				Map.of("store", otherStore, "question", "好了", "conversationId", mine)).status()).isEqualTo(404);
		assertThat(otherStaff.post("/api/v1/assist/conversations/" + mine + "/ticket", Map.of()).status()).isEqualTo(404);
		assertThat(otherStaff.get("/api/v1/assist/conversations/" + mine).status()).isEqualTo(404);
		assertThat(otherStaff.post("/api/v1/assist/conversations/" + mine + "/exchanges/1/feedback", Map.of("helped", true))
				.status()).isEqualTo(404);
		assertThat(otherStaff.post("/api/v1/assist/ask", Map.of("store", store, "question", "咖啡机缺豆")).status())
				.isEqualTo(403);
		assertThat(staff.post("/api/v1/assist/ask", Map.of("store", 987654321L, "question", "咖啡机缺豆")).status())
				.isEqualTo(404);
	}
}
