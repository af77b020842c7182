package com.chaindesk.assist.draft;

import java.util.List;

import com.chaindesk.ticket.Level;
import com.chaindesk.ticket.Priority;
import com.chaindesk.ticket.PriorityMatrix;

/**
 * Impact and urgency of a draft. The classifier's severity sets both; then the words that settle it raise them:
 * the whole store or every till (全部, 所有收银台, 整个门店) makes the impact high and the urgency at least medium,
 * customers waiting or money not taken (顾客在排队, 只能收现金) makes the urgency high, several devices (两台, 一排)
 * make the impact at least medium. Words only ever raise: a store that says "all tills" is never told it is minor.
 * Reads normalised text (simplified, lower case), so Taiwan wording counts the same.
 */
final class ImpactUrgencyPolicy {

	private static final List<String> WHOLE_STORE = List.of("全部", "所有", "整个门店", "整个店", "全店", "整间店", "整家店",
			"整个商场", "全都", "都不能用", "全挂", "全断", "全坏", "都离线", "都打不开", "都开不了", "都没画面");
	private static final List<String> SEVERAL = List.of("两台", "几台", "多台", "好几台", "一排", "整排", "好几个", "一整排");
	private static final List<String> PEOPLE_WAITING = List.of("排队", "排长队", "排很长", "顾客在等", "客人在等", "顾客等着",
			"只能收现金", "收不了钱", "没法结账", "结不了账", "进不来", "客人都走了", "顾客都走了", "要坏了", "要化了", "退冰",
			"被偷", "夹到人");

	private ImpactUrgencyPolicy() {
	}

	static Assessment assess(String normalisedText, Level severity) {
		Level impact = severity;
		Level urgency = severity;
		if (containsAny(normalisedText, SEVERAL)) {
			impact = max(impact, Level.MEDIUM);
		}
		if (containsAny(normalisedText, WHOLE_STORE)) {
			impact = Level.HIGH;
			urgency = max(urgency, Level.MEDIUM);
		}
		if (containsAny(normalisedText, PEOPLE_WAITING)) {
			urgency = Level.HIGH;
			impact = max(impact, Level.MEDIUM);
		}
		return new Assessment(impact, urgency, PriorityMatrix.priorityOf(impact, urgency));
	}

	private static boolean containsAny(String text, List<String> words) {
		return words.stream().anyMatch(text::contains);
	}

	private static Level max(Level a, Level b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	record Assessment(Level impact, Level urgency, Priority priority) {
	}
}
