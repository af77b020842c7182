package com.chaindesk.assist.chat;

import java.util.List;

import com.chaindesk.knowledge.ArticleHit;
import org.jspecify.annotations.Nullable;

/**
 * Which article, if any, answers a question: the best hit when it clears the threshold; a clarifying question when the
 * second best is also above the threshold and within {@code margin} of the best, because then the question's words
 * fit both about equally and a guess would be wrong half the time; otherwise no answer.
 */
record AnswerChoice(Kind kind, @Nullable ArticleHit best, @Nullable ArticleHit second) {

	enum Kind {
		ANSWER, CLARIFY, NONE
	}

	static AnswerChoice of(List<ArticleHit> hits, double threshold, double margin) {
		if (hits.isEmpty()) {
			return new AnswerChoice(Kind.NONE, null, null);
		}
		ArticleHit best = hits.get(0);
		if (best.score() < threshold) {
			return new AnswerChoice(Kind.NONE, best, null);
		}
		if (hits.size() > 1) {
			ArticleHit second = hits.get(1);
			if (second.score() >= threshold && best.score() - second.score() <= margin
					&& second.articleId() != best.articleId() && !second.title().equals(best.title())) {
				return new AnswerChoice(Kind.CLARIFY, best, second);
			}
		}
		return new AnswerChoice(Kind.ANSWER, best, null);
	}
}
