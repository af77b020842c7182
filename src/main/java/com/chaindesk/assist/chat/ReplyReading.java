package com.chaindesk.assist.chat;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads what a person means by a short reply, in simplified and traditional Chinese and English: "fixed", "not
 * fixed", "the first / second one", or "let me talk to a person". Yes and no are read only from short replies, so a
 * new question that happens to contain 不行 is still a question.
 */
final class ReplyReading {

	private static final Pattern NOISE = Pattern.compile("[\\s\\p{Punct}，。！？、；：“”‘’（）…~～]+");

	private static final Set<String> YES = Set.of("好了", "好啦", "好了谢谢", "好了謝謝", "解决了", "解決了", "已解决", "已解決",
			"修好了", "可以了", "行了", "搞定", "搞定了", "没问题了", "沒問題了", "是", "是的", "对", "對", "有用", "有帮助", "有幫助",
			"好了解决了", "好了解決了", "yesfixed", "ithelped", "helpful", "ithelpedthanks", "yes", "y", "yep", "yeah", "fixed", "itsfixed", "solved", "itworks", "itworksnow", "works", "ok", "okay", "thanks");

	private static final Set<String> NO = Set.of("没好", "沒好", "还是不行", "還是不行", "还不行", "還不行", "不行", "没用", "沒用",
			"没有", "沒有", "没解决", "沒解決", "未解决", "未解決", "无效", "無效", "否", "不是", "还是没好", "還是沒好", "没有用", "沒有用",
			"没帮助", "沒幫助", "没有帮助", "沒有幫助", "nostillbroken", "didnothelp", "didnthelp", "nothelpful", "no", "n", "nope", "notfixed", "stillbroken", "didntwork", "doesntwork", "itdidntwork", "stillnotworking");

	private static final Set<String> FIRST = Set.of("1", "１", "一", "第一个", "第一個", "第一", "前者", "a", "first", "thefirst",
			"thefirstone", "option1", "选1", "選1");

	private static final Set<String> SECOND = Set.of("2", "２", "二", "第二个", "第二個", "第二", "后者", "後者", "b", "second",
			"thesecond", "thesecondone", "option2", "选2", "選2");

	private static final Set<String> PERSON_WORDS = Set.of("转人工", "轉人工", "人工客服", "人工服务", "人工服務", "找人工",
			"真人客服", "转专人", "轉專人", "talktoaperson", "talktoahuman", "speaktoaperson", "speaktoahuman", "realperson", "humanagent",
			"talktoanagent", "speaktoanagent", "liveagent");

	private ReplyReading() {
	}

	static Intent read(String reply) {
		String said = NOISE.matcher(reply.toLowerCase(Locale.ROOT)).replaceAll("");
		if (PERSON_WORDS.stream().anyMatch(said::contains) || said.equals("人工") || said.equals("agent")
				|| said.equals("human") || said.equals("person")) {
			return Intent.PERSON;
		}
		if (YES.contains(said)) {
			return Intent.YES;
		}
		if (NO.contains(said)) {
			return Intent.NO;
		}
		if (FIRST.contains(said)) {
			return Intent.FIRST;
		}
		if (SECOND.contains(said)) {
			return Intent.SECOND;
		}
		return Intent.OTHER;
	}

	/** Letters and digits only, lower case: the key the report groups questions by. */
	static String plain(String text) {
		return NOISE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
	}
}
