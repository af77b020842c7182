package com.chaindesk.assist.report;

import java.util.HashMap;
import java.util.Map;

import com.chaindesk.ApiCaller;
import com.chaindesk.assist.chat.ChatPeople;
import com.chaindesk.assist.chat.KnowledgeFixture;
import com.chaindesk.knowledge.ArticleKind;
import com.chaindesk.knowledge.GuideStep;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.Role;

/**
 * A region of two stores whose staff had seven conversations with the bot, each ending a known way:
 * <pre>
 * store A: answered · guide solved · no answer (canteen) · answered then 转人工 · left at a clarifying question
 * store B: no answer (canteen, in traditional characters) · answered then "did not help"
 * </pre>
 * So A: 5 conversations, 2 solved by the bot (40 %); B: 2, none (0 %); the region 2 of 7.
 */
final class KnownConversations {

	final long region;
	final long storeA;
	final long storeB;
	final long coffee;
	final long guide;
	final String regionManager;
	final String managerA;
	final String staffA;
	final String otherRegionManager;

	KnownConversations(int port, ChatPeople people, KnowledgeFixture knowledge) {
		region = people.region("报表测试大区");
		storeA = people.store(region, "报表测试甲店");
		storeB = people.store(region, "报表测试乙店");
		long otherRegion = people.region("报表隔壁大区");
		regionManager = people.person("ssr", Role.REGION_MANAGER, OrgScope.region(region));
		otherRegionManager = people.person("ssr", Role.REGION_MANAGER, OrgScope.region(otherRegion));
		managerA = people.person("ssm", Role.STORE_MANAGER, OrgScope.store(storeA, region));
		staffA = people.person("sss", Role.STORE_STAFF, OrgScope.store(storeA, region));
		String staffB = people.person("sss", Role.STORE_STAFF, OrgScope.store(storeB, region));
		String chapter = "region:" + region;
		coffee = knowledge.publish(chapter, ArticleKind.FAQ, "equipment", "自助咖啡机屏幕提示缺豆怎么办",
				"咖啡机屏幕提示缺豆时，打开机器顶部的豆仓，加满咖啡豆后按“确认”键。");
		guide = knowledge.publish(chapter, ArticleKind.TROUBLESHOOTING, "equipment-fridge", "冰淇淋机不制冷排查指南",
				"冰淇淋机不制冷时按下面的步骤排查。", new GuideStep(1, "确认电源指示灯亮着，插头插紧。", null),
				new GuideStep(2, "清洁机器背面的冷凝器滤网。", null));
		// Two articles that fit "自动售货机坏了" equally well, worded alike, so the bot asks which one is meant.
		knowledge.publish(chapter, ArticleKind.FAQ, "equipment", "自动售货机不出货",
				"自动售货机投币后不出货，多半是货道卡住：打开前门，把卡住的商品扶正。");
		knowledge.publish(chapter, ArticleKind.FAQ, "equipment", "自动售货机不找零",
				"自动售货机不找零，多半是零钱盒空了：打开后门，把一元硬币补满零钱盒。");
		knowledge.readerVotes(coffee, storeA, 3, 1);

		ApiCaller a = ApiCaller.as(port, staffA, ChatPeople.PASSWORD);
		ApiCaller b = ApiCaller.as(port, staffB, ChatPeople.PASSWORD);
		chat(a, storeA, "咖啡机提示缺豆怎么办");
		chat(a, storeA, "冰淇淋机不制冷", "好了");
		chat(a, storeA, "员工食堂今天中午吃什么");
		chat(a, storeA, "咖啡机一直提示缺豆", "转人工");
		chat(a, storeA, "自动售货机坏了");
		chat(b, storeB, "員工食堂今天中午吃什麼？");
		chat(b, storeB, "咖啡机提示缺豆了", "没帮助");
	}

	private static void chat(ApiCaller caller, long store, String... messages) {
		Long conversation = null;
		for (String message : messages) {
			Map<String, Object> body = new HashMap<>();
			body.put("store", store);
			body.put("question", message);
			if (conversation != null) {
				body.put("conversationId", conversation);
			}
			ApiCaller.Reply reply = caller.post("/api/v1/assist/ask", body);
			if (reply.status() != 200) {
				throw new IllegalStateException("Asking failed: " + reply);
			}
			conversation = reply.json().get("conversationId").asLong();
		}
	}
}
