package com.chaindesk.knowledge.search;

/**
 * The one number a hit carries, in 0..1, so that the chatbot can read it as confidence and hand off below a threshold
 * such as 0.5. Two kinds of evidence, joined like independent witnesses (either may convince; both together more):
 * <ul>
 * <li><b>words</b>: how much of the question the article contains, each word weighted by how rare it is among
 * articles (a shared 打印机 says more than a shared 无法), synonyms counting as the word itself;</li>
 * <li><b>meaning</b>: the cosine of the bge-small-zh vectors of question and article. Unrelated store texts still
 * reach about 0.3–0.45 with this model and paraphrases about 0.6–0.7, so only the part above {@link #COSINE_FLOOR}
 * counts, rising to full at {@link #COSINE_FULL}.</li>
 * </ul>
 * An error code from the question found among the article's codes is near certainty on its own.
 */
final class RelevanceScore {

	static final double COSINE_FLOOR = 0.45;
	static final double COSINE_FULL = 0.75;
	static final double WORDS_WEIGHT = 0.8;
	static final double MEANING_WEIGHT = 0.85;

	private RelevanceScore() {
	}

	/**
	 * @param coverage the rarity-weighted share of the question's words found in the article, 0..1
	 * @param cosine the cosine of the two vectors, or NaN when either has none (the model is not loaded)
	 * @param codeMatch whether an error code of the question is one of the article's
	 */
	static double of(double coverage, double cosine, boolean codeMatch) {
		double meaning = Double.isNaN(cosine) ? 0 : clamp((cosine - COSINE_FLOOR) / (COSINE_FULL - COSINE_FLOOR));
		double fused = 1 - (1 - WORDS_WEIGHT * clamp(coverage)) * (1 - MEANING_WEIGHT * meaning);
		return codeMatch ? 0.9 + 0.1 * fused : fused;
	}

	private static double clamp(double value) {
		return Math.max(0, Math.min(1, value));
	}
}
